/**
 * Translation quality against a reference translation: chrF and BLEU computed exactly as
 * sacreBLEU 2 computes them with its defaults, so that figures compare with published ones.
 */
package dev.hanbridge.translate.quality;
