/** Reads a response body as JSON for assertions (tests only; the shape is asserted by the caller). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
