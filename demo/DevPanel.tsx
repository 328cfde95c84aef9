import { useEffect, useState } from 'react';

interface OutboxEntry {
  channel: string;
  to: string;
  code: string;
  sent_at: string;
}

function isOutboxEntry(value: unknown): value is OutboxEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    'channel' in value &&
    typeof value.channel === 'string' &&
    'to' in value &&
    typeof value.to === 'string' &&
    'code' in value &&
    typeof value.code === 'string' &&
    'sent_at' in value &&
    typeof value.sent_at === 'string'
  );
}

/** Dev only: the emulator's outbox (through the dev server), so no mailbox or phone is needed. */
export function DevPanel() {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stopped = false;
    const load = async () => {
      try {
        const response = await fetch('/api/dev/outbox');
        const body: unknown = await response.json();
        const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : [];
        if (!stopped) {
          setEntries(Array.isArray(data) ? data.filter(isOutboxEntry) : []);
          setFailed(false);
        }
      } catch {
        if (!stopped) setFailed(true);
      }
    };
    void load();
    const timer = setInterval(() => void load(), 1500);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  return (
    <aside className="demo-panel" aria-labelledby="demo-outbox-title">
      <h2 id="demo-outbox-title">Dev outbox</h2>
      <p>
        Every code the emulator sends, newest first. Type any email, or a phone such as 300 123 4567
        (Colombia).
      </p>
      {failed && <p role="status">The emulator is not answering.</p>}
      {entries.length === 0 ? (
        <p>No codes sent yet.</p>
      ) : (
        <table className="demo-outbox" data-testid="outbox">
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">To</th>
              <th scope="col">Code</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr
                key={`${entry.to}-${entry.sent_at}-${entry.code}`}
                data-to={entry.to}
                data-channel={entry.channel}
              >
                <td>{entry.channel}</td>
                <td>{entry.to}</td>
                <td>
                  <code className="demo-code">{entry.code}</code>
                </td>
                <td>{new Date(entry.sent_at).toLocaleTimeString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
