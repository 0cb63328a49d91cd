/**
 * A figure's rows. The insights endpoints also speak CSV, so their generated answer type is
 * "envelope or text"; the home page asks for JSON (the default), and text here is a fault.
 */
export function rowsOf<R>(answer: string | { rows: R[] }): R[] {
  if (typeof answer === 'string') throw new Error('The insights API answered text where JSON was asked for');
  return answer.rows;
}
