import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PW_PORT ?? 4321);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	reporter: 'list',
	snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
	use: {
		baseURL: `http://localhost:${PORT}/`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromium,
			// Chromium's background services try to reach the network, which is closed here.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-default-apps'
			]
		}
	},
	projects: [
		{
			name: 'phone',
			use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
			// A printed page is laid out for the paper, not the screen: the desktop project
			// prints. The whole story read on a phone has its own project.
			testIgnore: [/print\.spec\.ts/, /reading\.spec\.ts/]
		},
		{
			name: 'desktop',
			testIgnore: /reading\.spec\.ts/,
			use: { viewport: { width: 1280, height: 800 } }
		},
		// The whole story read on a phone at three sizes (each test sets its own).
		{
			name: 'reading',
			testMatch: /reading\.spec\.ts/,
			use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }
		}
	],
	webServer: {
		command: `node scripts/serve.js build ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI
	}
});
