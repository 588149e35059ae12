// Progress of a call export after every request: records done, requests used, today's budget left (from the
// client's rate governor, when it has one) and an ETA from the requests still to make at the rate seen so far,
// once the total is known and a whole page (its transcripts included) has been timed.

export interface ExportProgress {
  /** Records complete so far, those of earlier runs included when resuming. */
  records: number;
  /** Requests this run has made. */
  requests: number;
  /** Calls in the range, as Gong counts them on the first page. */
  totalRecords?: number;
  /** Requests left in today's budget, from the client's rate governor. */
  budgetRemaining?: number;
  /** Absent until the total is known and a page has been timed: before that any estimate would be a guess. */
  etaSeconds?: number;
}

/** The client's rate governor, when it has one (`GongClient.rateState`). */
export interface RateStateSource {
  rateState?: () => { remainingToday: number; queued: number } | undefined;
}

export interface ProgressMeterOptions {
  client: RateStateSource;
  /** Requests per page of calls: 1, or 2 with transcripts. */
  requestsPerPage: number;
  now: () => number;
  onProgress?: (progress: ExportProgress) => void;
}

export interface ProgressMeter {
  /** Learns the total and the page size from the first page of calls of this run. */
  learn(page: {
    records?:
      | { totalRecords?: number | null | undefined; currentPageSize?: number | null | undefined }
      | null
      | undefined;
  }): void;
  /** After each request: records complete, calls fetched so far, and requests still owed for fetched calls. */
  request(records: number, fetched: number, owed: number): void;
}

export function progressMeter(options: ProgressMeterOptions): ProgressMeter {
  const startedAt = options.now();
  let requests = 0;
  let totalRecords: number | undefined;
  let pageSize = 100;

  return {
    learn(page) {
      if (totalRecords !== undefined) return;
      totalRecords = page.records?.totalRecords ?? undefined;
      if (page.records?.currentPageSize) pageSize = page.records.currentPageSize;
    },
    request(records, fetched, owed) {
      requests += 1;
      const progress: ExportProgress = { records, requests };
      if (totalRecords !== undefined) progress.totalRecords = totalRecords;
      if (totalRecords !== undefined && requests >= options.requestsPerPage) {
        const pagesLeft = Math.ceil(Math.max(0, totalRecords - fetched) / pageSize);
        const secondsPerRequest = (options.now() - startedAt) / 1000 / requests;
        progress.etaSeconds = Math.round((owed + pagesLeft * options.requestsPerPage) * secondsPerRequest);
      }
      const rate = typeof options.client.rateState === "function" ? options.client.rateState() : undefined;
      if (rate) progress.budgetRemaining = rate.remainingToday;
      options.onProgress?.(progress);
    },
  };
}
