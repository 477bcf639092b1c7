/// <reference types="office-js" />
/** Which ExcelApi requirement sets the running Excel supports, asked once (the add-in's floor is 1.7). */
export interface ApiSupport {
  /** Axis and data-label number formats of charts. */
  readonly v1_8: boolean;
  /** `getRanges` (RangeAreas), `getCellProperties`/`setCellProperties`, fill pattern and tint. */
  readonly v1_9: boolean;
  /** `Range.getMergedAreasOrNullObject`. */
  readonly v1_13: boolean;
}

export function detectApi(): ApiSupport {
  const ok = (v: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", v);
  return { v1_8: ok("1.8"), v1_9: ok("1.9"), v1_13: ok("1.13") };
}
