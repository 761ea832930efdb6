// STUB (owned by the detection/notice helper): fold text for matching without changing its length.
export function foldText(text: string): string {
  return text;
}
