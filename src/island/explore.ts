/**
 * The place pages' island: the town search box, whose combobox loads on first use. (The
 * story pages bring theirs to life from the story's island: src/island/exploreNear.ts.)
 */
import { activateFindTown } from './explore/findTown';

activateFindTown();
