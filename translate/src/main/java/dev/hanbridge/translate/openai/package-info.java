/**
 * Any OpenAI-compatible chat-completions server ({@code POST {base-url}/chat/completions}):
 * OpenAI, DeepSeek, Ollama's {@code /v1}, vLLM, llama.cpp server.
 */
package dev.hanbridge.translate.openai;
