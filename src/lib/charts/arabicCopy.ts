import { addChartCopy } from './copy';
import { AR_CHART_COPY, arabicCounter } from './copy.ar';

/**
 * Adds the Arabic chart words. The server and the tests import this module once (it runs
 * on import); the story island imports it dynamically on Arabic pages only, so the
 * English and French pages' island stays as it was.
 */
export function useArabicChartCopy(): void {
	addChartCopy('ar', AR_CHART_COPY, arabicCounter);
}

useArabicChartCopy();
