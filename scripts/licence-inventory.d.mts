/** Types of scripts/licence-inventory.mjs (used by its unit test). */
export interface InventoryEntry {
  name: string;
  version: string;
  licence: string | null;
  ships: 'code' | 'runtime' | 'data';
  note?: string;
}
export interface Inventory {
  tool: string;
  source: string;
  packages: InventoryEntry[];
}
export interface Review {
  declared: string | null;
  licence: string;
  note?: string;
}
/** A CycloneDX BOM, as far as the inventory reads it. */
export interface Bom {
  metadata?: { tools?: { components?: { group?: string; name: string; version?: string }[] } };
  components?: {
    group?: string;
    name: string;
    version: string;
    licenses?: { expression?: string; license?: { id?: string; name?: string } }[];
    properties?: { name: string; value: string }[];
  }[];
}
export declare const ROOT: string;
export declare const INVENTORY_FILE: string;
export declare const REVIEWED_FILE: string;
export declare const SHIPPED_DEV_PACKAGES: Record<string, 'runtime' | 'data'>;
export declare function runCycloneDx(root?: string, toolRoot?: string): Bom;
export declare function declaredLicence(component: NonNullable<Bom['components']>[number]): string | null;
export declare function inventoryFromBom(
  bom: Bom,
  reviewed?: Record<string, Review>,
): { inventory: Inventory; problems: string[] };
export declare function formatInventory(inventory: Inventory): string;
export declare function readReviewed(file?: string): Record<string, Review>;
