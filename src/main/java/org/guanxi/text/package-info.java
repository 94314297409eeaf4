/**
 * Text stage: joins an article's blocks into one text, normalises it for matching without moving
 * any character (traditional to simplified, full-width Latin to ASCII, one interpunct), and splits
 * it into sentences with offsets.
 */
package org.guanxi.text;
