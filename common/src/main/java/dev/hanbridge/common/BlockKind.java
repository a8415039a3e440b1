package dev.hanbridge.common;

/** The role a block plays in an article, in reading order. */
public enum BlockKind {
    TITLE, SUBTITLE, BYLINE, HEADING, PARAGRAPH, CAPTION, CREDIT, LIST_ITEM, TABLE_CELL, QUOTE
}
