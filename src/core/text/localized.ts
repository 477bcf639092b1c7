/** A text in both languages of the product: Vietnamese first, English beside it. */
export interface Localized {
  readonly vi: string;
  readonly en: string;
}
