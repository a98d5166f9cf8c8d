// Tells this process when any instance commits a new dataset revision: one dedicated connection
// LISTENs on the channel the dataset_revisions trigger NOTIFYs (migration scale_revision_notify).
// Notifications sent while the connection is closed are lost, so the caller hears when LISTEN is in
// place (`onListening`, after which it reads the latest revision once) and when it is gone (`onLost`);
// a dropped connection is reopened after `retryMs`.
import { Client } from 'pg';

export const REVISION_CHANNEL = 'dataset_revision';

export interface RevisionListenerOptions {
  databaseUrl: string;
  onRevision: (revision: number) => void;
  /** LISTEN is in place: from now on every committed revision is announced. */
  onListening?: () => void;
  /** The connection is gone: revisions may be committed unheard until onListening. */
  onLost?: () => void;
  log?: (message: string) => void;
  retryMs?: number;
}

export interface RevisionListener {
  close(): Promise<void>;
}

export function listenForRevisions(options: RevisionListenerOptions): RevisionListener {
  const { databaseUrl, onRevision, onListening = () => undefined, onLost = () => undefined, log = () => undefined, retryMs = 1000 } = options;
  let client: Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  function retry(): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, retryMs);
    timer.unref();
  }

  async function connect(): Promise<void> {
    // Keepalive: a server that vanishes without closing the connection is noticed, not waited on forever.
    const connection = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true, application_name: 'sourced-figures-listener' });
    client = connection;
    let listening = false;
    connection.on('error', () => undefined);
    connection.on('end', () => {
      if (client === connection) client = null;
      if (closed) return;
      if (listening) {
        log('lost the connection that listens for new revisions; reconnecting');
        onLost();
      }
      retry();
    });
    connection.on('notification', (message) => {
      if (message.channel !== REVISION_CHANNEL) return;
      const revision = Number(message.payload);
      if (Number.isSafeInteger(revision)) onRevision(revision);
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${REVISION_CHANNEL}`);
      if (closed) {
        await connection.end();
        return;
      }
      listening = true;
      onListening();
    } catch {
      await connection.end().catch(() => undefined);
      retry();
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
