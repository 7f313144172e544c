/**
 * The HTML validity check runs the Nu Html Checker, a Java program. Install
 * Debian's default-jre-headless when java is missing and we are root; otherwise
 * explain what to do instead of failing obscurely.
 */
import { execSync, spawnSync } from 'node:child_process';

const java = process.env.JAVA ?? 'java';
const found = spawnSync(java, ['-version'], { stdio: 'ignore' });

if (found.error || found.status !== 0) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(
			`Java was not found (${java}). The HTML validity check needs it: on Debian,\n` +
				'sudo apt-get install -y default-jre-headless (or set JAVA to a java binary), then run the tests again.'
		);
		process.exit(1);
	}
	console.log('Installing Debian default-jre-headless for the HTML validity check…');
	try {
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless',
			{ stdio: 'inherit' }
		);
	} catch {
		console.error('Could not install default-jre-headless with apt-get. Install Java by hand.');
		process.exit(1);
	}
}
