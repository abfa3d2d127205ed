// Where the scheduled dispatch puts one message per source (SQS in AWS); the same function consumes them.

export interface IngestMessage {
  sourceId: string;
}

export interface IngestQueue {
  /** Sends every message (in batches as the queue allows); throws if any could not be sent. */
  sendAll(messages: IngestMessage[]): Promise<void>;
}
