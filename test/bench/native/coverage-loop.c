/*
 * The straightforward native reference loop for the coverage kernel benchmark (npm run bench).
 *
 * For every pixel and every cell it evaluates, with no tables, no culling and no shared work:
 * the 2D and 3D distance (sqrt), the 3GPP TR 38.901 Table 7.4.1-1 path loss of the cell's scenario
 * (UMa/UMi/RMa LOS, NLOS or the LOS-probability blend in dB, log10), the TR 38.901 Table 7.3-1 element
 * pattern towards the pixel (atan2 for bearing and elevation, downtilt as a shift of the vertical cut),
 * the received power in mW (pow), and accumulates it for the best server and the DL SINR.
 *
 * Input (stdin, text): "width height originE originN resolutionM rxHeightM load noiseDbm floorDbm losMode runs"
 * then one line per cell: "e n antennaHeightM env fcGHz eirpPerReDbm azimuthDeg|-1 downtiltDeg
 * hBeamwidthDeg vBeamwidthDeg sideLobeDb frontToBackDb" (env 0 RMa, 1 UMa, 2 UMi; losMode 0 blend-mean-db,
 * 1 nlos, 2 los). Output (stdout): one JSON line with the best loop time over `runs`; with a file name as
 * the first argument it also writes the RSRP and SINR rasters there (float32, row-major, NaN below floor).
 *
 * Build: cc -O2 -o coverage-loop coverage-loop.c -lm (no -ffast-math: the JS kernel gets no such licence).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
  double e, n, h, fc, eirp, az, tilt, hbw, vbw, sla, amax;
  int env, omni;
  /* Per-cell constants hoisted out of the pixel loop (what any C programmer would do; no tables). */
  double dh2, fcDb, dbp, losBpDb, nlosConst, nlosSlope, rmaPl1Bp, rmaA, rmaB, rmaC;
} Cell;

static const double PI = 3.14159265358979323846;
static const double LN10_10 = 0.23025850929940458; /* ln(10)/10 */
static const double DEG = 180.0 / 3.14159265358979323846;

/* Fills the per-cell constants of the TR 38.901 Table 7.4.1-1 formulas for receivers at hut. */
static void prepare(Cell *c, double hut) {
  double dh = c->h - hut;
  c->dh2 = dh * dh;
  c->fcDb = 20.0 * log10(c->fc);
  if (c->env == 1 || c->env == 2) {
    double bp = 4.0 * (c->h - 1.0) * (hut - 1.0) * c->fc * 1e9 / 3e8;
    c->dbp = bp < 0 ? 0 : bp;
    c->losBpDb = (c->env == 1 ? 9.0 : 9.5) * log10(c->dbp * c->dbp + c->dh2);
    if (c->env == 1) {
      c->nlosConst = 13.54 + c->fcDb - 0.6 * (hut - 1.5);
      c->nlosSlope = 39.08;
    } else {
      c->nlosConst = 22.4 + 21.3 * log10(c->fc) - 0.3 * (hut - 1.5);
      c->nlosSlope = 35.3;
    }
  } else {
    double h = 5.0, W = 20.0, h172 = pow(h, 1.72);
    c->dbp = 2.0 * PI * c->h * hut * c->fc * 1e9 / 3e8;
    c->rmaA = fmin(0.03 * h172, 10.0);
    c->rmaB = 20.0 * log10(40.0 * PI * c->fc / 3.0) - fmin(0.044 * h172, 14.77);
    c->rmaC = 0.002 * log10(h);
    c->rmaPl1Bp = 20.0 * log10(c->dbp) + c->rmaA * log10(c->dbp) + c->rmaB + c->rmaC * c->dbp;
    c->nlosConst = 161.04 - 7.1 * log10(W) + 7.5 * log10(h) - (24.37 - 3.7 * (h / c->h) * (h / c->h)) * log10(c->h) -
                   3.0 * (43.42 - 3.1 * log10(c->h)) + c->fcDb - (3.2 * pow(log10(11.75 * hut), 2) - 4.97);
    c->nlosSlope = 43.42 - 3.1 * log10(c->h);
  }
}

/* Median path loss in dB of one cell at d2D (m): LOS, NLOS (max with LOS) or the dB blend with P_LOS. */
static double pathLoss(const Cell *c, double d2in, int losMode) {
  double d2 = d2in < 10.0 ? 10.0 : d2in;
  double d3 = sqrt(d2 * d2 + c->dh2);
  double lg = log10(d3);
  double los, nlos, plos = 1.0;
  if (c->env == 1 || c->env == 2) {
    if (c->env == 1)
      los = d2 <= c->dbp ? 28.0 + 22.0 * lg + c->fcDb : 28.0 + 40.0 * lg + c->fcDb - c->losBpDb;
    else
      los = d2 <= c->dbp ? 32.4 + 21.0 * lg + c->fcDb : 32.4 + 40.0 * lg + c->fcDb - c->losBpDb;
    if (losMode == 2) return los;
    nlos = fmax(los, c->nlosConst + c->nlosSlope * lg);
    if (losMode == 1) return nlos;
    double d0 = c->env == 1 ? 63.0 : 36.0;
    if (d2in > 18) plos = 18.0 / d2in + exp(-d2in / d0) * (1.0 - 18.0 / d2in);
  } else {
    los = d2 <= c->dbp ? 20.0 * lg + c->rmaA * lg + c->rmaB + c->rmaC * d3 : c->rmaPl1Bp + 40.0 * (lg - log10(c->dbp));
    if (losMode == 2) return los;
    nlos = fmax(los, c->nlosConst + c->nlosSlope * lg);
    if (losMode == 1) return nlos;
    if (d2in > 10) plos = exp(-(d2in - 10.0) / 1000.0);
  }
  return plos * los + (1.0 - plos) * nlos;
}

/* Attenuation in dB (>= 0) of the TR 38.901 Table 7.3-1 pattern towards (dx east, dy north, d2D), main beam 0. */
static double patternLoss(const Cell *c, double dx, double dy, double d2, double hut) {
  double zenith = 90.0 - atan2(hut - c->h, d2) * DEG - c->tilt;
  double v = 12.0 * ((zenith - 90.0) / c->vbw) * ((zenith - 90.0) / c->vbw);
  double av = v < c->sla ? v : c->sla;
  if (c->omni) return av < c->amax ? av : c->amax;
  double phi = atan2(dx, dy) * DEG - c->az;
  if (phi > 180.0) phi -= 360.0;
  if (phi <= -180.0) phi += 360.0;
  if (phi <= -180.0) phi += 360.0;
  double hh = 12.0 * (phi / c->hbw) * (phi / c->hbw);
  double total = av + (hh < c->amax ? hh : c->amax);
  return total < c->amax ? total : c->amax;
}

int main(int argc, char **argv) {
  int width, height, losMode, runs;
  double originE, originN, res, hut, load, noiseDbm, floorDbm;
  if (scanf("%d %d %lf %lf %lf %lf %lf %lf %lf %d %d", &width, &height, &originE, &originN, &res, &hut, &load,
            &noiseDbm, &floorDbm, &losMode, &runs) != 11)
    return 2;
  Cell *cells = NULL;
  int count = 0, cap = 0;
  for (;;) {
    Cell c;
    int env;
    double az;
    if (scanf("%lf %lf %lf %d %lf %lf %lf %lf %lf %lf %lf %lf", &c.e, &c.n, &c.h, &env, &c.fc, &c.eirp, &az, &c.tilt,
              &c.hbw, &c.vbw, &c.sla, &c.amax) != 12)
      break;
    c.env = env;
    c.omni = az < 0;
    c.az = az;
    if (count == cap) {
      cap = cap ? cap * 2 : 64;
      cells = realloc(cells, (size_t)cap * sizeof(Cell));
    }
    prepare(&c, hut);
    cells[count++] = c;
  }
  size_t n = (size_t)width * (size_t)height;
  float *rsrp = malloc(n * sizeof(float));
  float *sinr = malloc(n * sizeof(float));
  double noiseMw = pow(10.0, noiseDbm / 10.0), floorMw = pow(10.0, floorDbm / 10.0);
  double bestSeconds = 1e30;
  for (int run = 0; run < runs; run++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (int row = 0; row < height; row++) {
      double yn = originN - (row + 0.5) * res;
      for (int col = 0; col < width; col++) {
        double xe = originE + (col + 0.5) * res;
        double best = 0, sum = 0;
        for (int i = 0; i < count; i++) {
          const Cell *c = &cells[i];
          double dx = xe - c->e, dy = yn - c->n;
          double d2 = sqrt(dx * dx + dy * dy);
          double p = exp(LN10_10 * (c->eirp - pathLoss(c, d2, losMode) - patternLoss(c, dx, dy, d2, hut)));
          sum += p;
          if (p > best) best = p;
        }
        size_t k = (size_t)row * (size_t)width + (size_t)col;
        if (best >= floorMw) {
          rsrp[k] = (float)(10.0 * log10(best));
          sinr[k] = (float)(10.0 * log10(best / (load * (sum - best) + noiseMw)));
        } else {
          rsrp[k] = NAN;
          sinr[k] = NAN;
        }
      }
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    if (seconds < bestSeconds) bestSeconds = seconds;
  }
  if (argc > 1) {
    FILE *f = fopen(argv[1], "wb");
    if (!f) return 3;
    fwrite(rsrp, sizeof(float), n, f);
    fwrite(sinr, sizeof(float), n, f);
    fclose(f);
  }
  printf("{\"cells\":%d,\"pixels\":%zu,\"seconds\":%.6f,\"nsPerCellPixel\":%.4f}\n", count, n, bestSeconds,
         bestSeconds * 1e9 / ((double)count * (double)n));
  free(cells);
  free(rsrp);
  free(sinr);
  return 0;
}
