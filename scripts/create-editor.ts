/**
 * Creates an editor account (or, with --reset, sets a new password for an existing one; with --remove, deletes it).
 * A reset or a removal ends every session the editor had.
 *
 *   npm run editor:create -- --email ana@example.org --name "Ana Petrosyan"
 *   npm run editor:create -- --email ana@example.org --remove
 *
 * The password is read from READOUT_EDITOR_PASSWORD, or typed at the prompt (not echoed); it is never an argument,
 * so it stays out of shell history and `ps`.
 */
import readline from "node:readline";
import { Writable } from "node:stream";
import { createPrismaClient } from "../lib/db";
import { createEditor, removeEditor } from "../lib/data/editors";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function main() {
  const email = argument("email") ?? process.env.READOUT_EDITOR_EMAIL;
  if (email && process.argv.includes("--remove")) {
    const prisma = createPrismaClient();
    try {
      const removed = await removeEditor(prisma, email);
      console.log(removed ? `Removed editor ${email}; their sessions have ended.` : `No editor ${email}.`);
      process.exitCode = removed ? 0 : 1;
      return;
    } finally {
      await prisma.$disconnect();
    }
  }
  const name = argument("name") ?? process.env.READOUT_EDITOR_NAME ?? email?.split("@")[0];
  if (!email || !name) {
    console.error('Usage: npm run editor:create -- --email <email> [--name "<name>"] [--reset | --remove]');
    process.exit(2);
  }
  const password = process.env.READOUT_EDITOR_PASSWORD ?? (await promptHidden(`Password for ${email} (12+ characters): `));
  const prisma = createPrismaClient();
  try {
    const result = await createEditor(prisma, { email, name, password }, { replace: process.argv.includes("--reset") });
    if (!result.ok) {
      console.error(result.message);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) console.error(`  ${field}: ${message}`);
      process.exit(1);
    }
    console.log(`${result.created ? "Created" : "Updated"} editor ${result.editor.email} (${result.editor.name}).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
