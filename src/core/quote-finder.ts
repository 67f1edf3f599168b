/**
 * The quotes engine as the pipeline's quotes stage (a QuoteFinder). Its own module, so that the
 * background can load the engine without the page pipeline, and the content script the pipeline
 * without the engine.
 */
import { findQuotes } from './quotes/index';
import type { QuoteFinder } from './types';

export const quoteFinder: QuoteFinder = ({ paragraphs, notSpeakers }) => findQuotes(paragraphs, { notSpeakers });
