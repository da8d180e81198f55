/** Encoding labels and display names, apart from the detector so that the page does not bundle it. */

/** The encodings offered on the page, by their WHATWG labels (what `TextDecoder` takes). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp', 'iso-2022-jp'] as const;
export type EncodingLabel = (typeof ENCODINGS)[number];

const DISPLAY: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
};

/** The name people know an encoding by ("Shift_JIS", not "shift_jis"). */
export function encodingName(label: string): string {
  return DISPLAY[label] ?? label.toUpperCase();
}
