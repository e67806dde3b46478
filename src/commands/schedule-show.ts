/** Options of `dls schedule show`. */
export interface ShowOptions {
  file: string;
  tz?: string;
  width?: number;
}

/** Runs `dls schedule show`. */
export async function runShow(_options: ShowOptions): Promise<number> {
  return 0;
}
