/** A number with where it comes from and whether it was checked against that source. */
export interface SourcedNumber {
  value: number;
  source: string;
  verified: boolean;
}
