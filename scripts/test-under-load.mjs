// `npm run test:load`: the whole test suite with two CPU-bound processes running beside it, the way a
// busy CI runner or a shared machine runs it. The busy processes are always stopped, whatever happens
// to the suite (failure, Ctrl-C), and the suite's exit code is this script's.
import { spawn } from 'node:child_process';

const BUSY_PROCESSES = 2;
// A loop that never yields: one full core each, until killed.
const BUSY_LOOP = 'for (;;) { Math.sqrt(Math.random()); }';

const busy = Array.from({ length: BUSY_PROCESSES }, () => spawn(process.execPath, ['-e', BUSY_LOOP], { stdio: 'ignore' }));
process.stderr.write(`test:load: ${busy.length} busy processes running (pids ${busy.map((child) => child.pid).join(', ')})\n`);

function stopBusy() {
  for (const child of busy) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
process.on('exit', stopBusy);

// Its own process group, so that an interrupt stops npm, the type check and the test workers together.
const suite = spawn('npm', ['test'], { stdio: 'inherit', detached: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBusy();
    try {
      process.kill(-suite.pid, 'SIGTERM');
    } catch {
      // the suite has already ended
    }
    process.exitCode = 130;
  });
}
suite.on('error', (error) => {
  process.stderr.write(`test:load: could not start npm test: ${error.message}\n`);
  stopBusy();
  process.exit(1);
});
suite.on('exit', (code, signal) => {
  stopBusy();
  process.exit(process.exitCode ?? code ?? (signal ? 1 : 0));
});
