import { redirect } from 'next/navigation';

// The overview (health, freshness, running runs) arrives with the ETL engine;
// until then the database page is the console's front door.
export default function Home() {
  redirect('/db');
}
