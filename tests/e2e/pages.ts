import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUILD, pagePaths } from '../build/site';
import { ready } from './fixtures';

/** Every page the build wrote (story, embed, share pages…), as site paths. */
export const builtPages = pagePaths();

/** A page the quality gates cover: its path, and whether the build has it yet. */
export interface GatePage {
	path: string;
	built: boolean;
}

/** The pages the accessibility gates cover. */
export const gatePages: GatePage[] = ['/', '/fr/', '/embed/'].map((path) => ({
	path,
	built: existsSync(join(BUILD, path, 'index.html'))
}));

/** Fails the current test when the page is not in the build: a missing page is not a pass. */
export function requireBuilt(page: GatePage) {
	test.info().annotations.push({ type: 'page', description: page.path });
	expect(page.built, `${page.path} is not in build/`).toBe(true);
}

/** A site path as Playwright wants it, relative to baseURL (so any base path works). */
export function relativeUrl(path: string, hash = ''): string {
	return `.${path}${hash}`;
}

/** Goes to a page (optionally a section of it) and waits for the story to be tracked. */
export async function openStory(page: Page, path: string, slug?: string) {
	await page.goto(relativeUrl(path, slug ? `#${slug}` : ''));
	await ready(page);
	if (slug) {
		await page.waitForFunction(
			(s) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === s,
			slug
		);
	}
}

/** A few steps spread over the story: first, middle and last. */
export function sampleSteps(slugs: string[]): string[] {
	if (slugs.length <= 3) return slugs;
	return [slugs[0]!, slugs[Math.floor(slugs.length / 2)]!, slugs.at(-1)!];
}
