/** NAVER Cloud Papago Text Translation ({@code POST /nmt/v1/translation}). */
package dev.hanbridge.translate.papago;
