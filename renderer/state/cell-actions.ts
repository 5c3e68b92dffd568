import { cellSchema, type Cell, type Project } from '../../core/project/schema';
import { defineAction, patchById } from './actions';

/** Editable fields of a cell (everything but its id). */
export type CellPatch = Partial<Omit<Cell, 'id'>>;

const SECTOR_AZIMUTHS_DEG = [0, 120, 240] as const;

/**
 * A new cell with the cellSchema defaults; the n-th new cell of a site (n = `existingCount`) points at
 * 0°, 120° or 240°, and a fourth or later one is omni (azimuth null).
 */
export function newCell(id: string, existingCount: number): Cell {
  return { ...cellSchema.parse({ id }), azimuthDeg: SECTOR_AZIMUTHS_DEG[existingCount] ?? null };
}

/** `project` with one site's cells replaced by `edit(cells)`; `project` itself when nothing changed. */
function editCells(project: Project, siteId: string, edit: (cells: Cell[]) => Cell[]): Project {
  const site = project.sites.find((s) => s.id === siteId);
  if (!site) return project;
  const cells = edit(site.cells);
  if (cells === site.cells) return project;
  return { ...project, sites: patchById(project.sites, siteId, (s) => ({ ...s, cells })) };
}

/** Adds a cell to a site. */
export const addCell = defineAction<{ siteId: string; cell: Cell }>('addCell', (project, p) =>
  editCells(project, p.siteId, (cells) => [...cells, p.cell]),
);

/** Changes fields of one cell of a site (angles in degrees, powers in dBm/5 MHz, frequencies in MHz). */
export const updateCell = defineAction<{ siteId: string; cellId: string; patch: CellPatch }>(
  'updateCell',
  (project, p) =>
    editCells(project, p.siteId, (cells) => patchById(cells, p.cellId, (cell) => ({ ...cell, ...p.patch }))),
);

/** Removes one cell from a site. */
export const deleteCell = defineAction<{ siteId: string; cellId: string }>('deleteCell', (project, p) =>
  editCells(project, p.siteId, (cells) =>
    cells.some((c) => c.id === p.cellId) ? cells.filter((c) => c.id !== p.cellId) : cells,
  ),
);
