/**
 * The browser tests use Debian's Chromium. Install it when it is missing and we
 * are root; otherwise explain what to do instead of failing obscurely.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`Chromium was not found at ${CHROMIUM}. Install it (on Debian: sudo apt-get install -y chromium)\n` +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.'
		);
		process.exit(1);
	}
	console.log('Installing Debian chromium for the browser tests…');
	try {
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
			{
				stdio: 'inherit'
			}
		);
	} catch {
		console.error(
			'Could not install chromium with apt-get. Install it by hand, or set CHROMIUM_PATH.'
		);
		process.exit(1);
	}
}
