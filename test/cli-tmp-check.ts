import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * vitest's global setup: the tests run with a temporary folder of their own (TMPDIR, which the test
 * workers and the processes they start inherit), and the run fails if a test leaves a `gz-gazette-*`
 * folder behind in it. Other runs on the machine share /tmp, so the check looks only at this one.
 */
export default function setup(): () => void {
  const own = mkdtempSync(join(tmpdir(), "vitest-gz-gazette-"));
  // Open to all with the sticky bit, as /tmp is: some tests run the CLI as an unprivileged user.
  chmodSync(own, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = own;
  return () => {
    const left = readdirSync(own).filter((name) => name.startsWith("gz-gazette-"));
    rmSync(own, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // vitest reports an error thrown here but still exits 0: set the exit code as well.
    if (left.length > 0) {
      process.exitCode = 1;
      throw new Error(`tests left temporary folders behind: ${left.join(", ")}`);
    }
  };
}
