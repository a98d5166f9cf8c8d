// Tells this process when any instance commits a new dataset revision: one dedicated connection
// LISTENs on the channel the dataset_revisions trigger NOTIFYs (migration scale_revision_notify).
// A dropped connection is reopened after a pause; since notifications sent while it was closed are
// lost, onRevision is also called (with null) on every reconnect so the caller re-reads the latest.
import { Client } from 'pg';

export const REVISION_CHANNEL = 'dataset_revision';

export interface RevisionListenerOptions {
  databaseUrl: string;
  /** A revision's id, or null when notifications may have been missed (after a reconnect). */
  onRevision: (revision: number | null) => void;
  log?: (message: string) => void;
  retryMs?: number;
}

export interface RevisionListener {
  close(): Promise<void>;
}

export function listenForRevisions(options: RevisionListenerOptions): RevisionListener {
  const { databaseUrl, onRevision, log = () => undefined, retryMs = 1000 } = options;
  let client: Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let connectedBefore = false;

  function retry(): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, retryMs);
    timer.unref();
  }

  async function connect(): Promise<void> {
    const connection = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    client = connection;
    connection.on('error', () => undefined);
    connection.on('end', () => {
      if (client === connection) client = null;
      if (!closed) log('lost the connection that listens for new revisions; reconnecting');
      retry();
    });
    connection.on('notification', (message) => {
      if (message.channel !== REVISION_CHANNEL) return;
      const revision = Number(message.payload);
      onRevision(Number.isSafeInteger(revision) ? revision : null);
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${REVISION_CHANNEL}`);
      if (closed) {
        await connection.end();
        return;
      }
      if (connectedBefore) onRevision(null);
      connectedBefore = true;
    } catch {
      await connection.end().catch(() => undefined);
    }
  }

  void connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
