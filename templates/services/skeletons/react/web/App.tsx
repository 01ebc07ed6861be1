import { useEffect, useState } from 'react';

/** The first page: shows that the server behind it is ready. */
export function App() {
  const [status, setStatus] = useState('checking…');
  useEffect(() => {
    fetch('/health/ready')
      .then(res => res.json())
      .then(body => setStatus(body.status))
      .catch(() => setStatus('unreachable'));
  }, []);
  return (
    <main>
      <h1>${{ values.name }}</h1>
      <p>Server: {status}</p>
    </main>
  );
}
