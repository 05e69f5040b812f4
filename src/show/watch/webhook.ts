// Delivers an alert to a webhook as a JSON POST, retrying with exponential backoff.
export interface WebhookOptions {
  retries?: number;
  /** First delay; doubled after each failure (default 500 ms). */
  backoffMs?: number;
  timeoutMs?: number;
}

export interface Delivery {
  ok: boolean;
  attempts: number;
  error: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postWebhook(url: string, payload: unknown, options: WebhookOptions = {}): Promise<Delivery> {
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 500;
  let error = 'not sent';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'escalade-watch' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { ok: true, attempts: attempt, error: null };
      error = `HTTP ${response.status}`;
      // A client error other than 408/429 will not get better by retrying.
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        return { ok: false, attempts: attempt, error };
      }
    } catch (e) {
      error = (e as Error).message;
    }
    if (attempt <= retries) await sleep(backoff * 2 ** (attempt - 1));
  }
  return { ok: false, attempts: retries + 1, error };
}
