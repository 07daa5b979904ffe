import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3 text-slate-700">There is no event or statement at this address.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-blue-800 underline">
          Back to all events
        </Link>
      </p>
    </section>
  );
}
