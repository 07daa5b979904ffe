import Link from "next/link";

/** The "← parent page" link at the top of a page. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-blue-800 underline">
        ← {label}
      </Link>
    </p>
  );
}
