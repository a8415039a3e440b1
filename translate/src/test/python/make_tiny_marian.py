#!/usr/bin/env python3
"""Builds the tiny random-weight Marian model the Java tests run, and its reference outputs.

Run once by a developer (never by CI, never by the product); see README.md beside this file.
Writes, into OUT (default: the test resources folder):

  tiny-marian/                   a model folder in the layout Hugging Face's ONNX exporter writes
    config.json generation_config.json tokenizer_config.json special_tokens_map.json
    source.spm target.spm vocab.json
    encoder_model.onnx decoder_model.onnx decoder_with_past_model.onnx decoder_model_merged.onnx
    encoder_model_quantized.onnx decoder_model_merged_quantized.onnx
  tiny-marian-reference.json     token ids and texts from transformers (MarianTokenizer, generate())

The weights are random: the translations are nonsense, but every id is what transformers
computes, so a Java runtime that reproduces them runs Marian models exactly.
"""

import argparse
import hashlib
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import sentencepiece
import torch
import transformers
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer
from transformers.cache_utils import DynamicCache, EncoderDecoderCache
from transformers.models.marian.modeling_marian import MarianSinusoidalPositionalEmbedding

from tiny_marian_text import REFERENCE_SENTENCES, TOKENIZER_ONLY_SENTENCES, training_sentences

SEED = 20240611
D_MODEL = 16
HEADS = 2
LAYERS = 2
FFN = 32
MAX_POSITIONS = 128  # small on purpose: the Java tests split inputs longer than this; the samples fit
# The random weights are drawn for a model of 64 positions (the model's first size), so that
# widening the position tables to MAX_POSITIONS (which draws nothing at random) left every other
# weight, and every reference, as it was.
DRAWN_POSITIONS = 64
MAX_LENGTH = 24
OPSET = 17
# Random transformers settle on one token and repeat it. These settings (found by trying) make
# the output depend on the previous token more than on the constant cross-attention, so that
# sequences wander (about 12 distinct tokens in 24) and a wrong cache or position shows:
# token embeddings with std 1 (x4 by scale_embedding), an untied output projection, and the
# cross-attention output scaled down to 0.3.
EMBEDDING_STD = 1.0
CROSS_ATTENTION_SCALE = 0.3
# Added to the eos logit so that some translations end early and some run to max_length:
# beam search's finishing rules (length penalty, early stop heuristic, forced eos) all run.
EOS_BIAS = 2.0


def train_spm(lines, vocab_size, prefix, normalization):
    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, vocab_size=vocab_size,
        model_type="unigram", character_coverage=0.995, normalization_rule_name=normalization,
        hard_vocab_limit=False, seed_sentencepiece_size=100000, num_threads=1,
        minloglevel=2)
    path = prefix.with_suffix(".spm")
    path.write_bytes(model.getvalue())
    return path


def build_vocab(source_spm, target_spm):
    """vocab.json as OPUS-MT ships it: one shared table, </s>=0, <unk>=1, <pad> last."""
    vocab = {"</s>": 0, "<unk>": 1}
    for path in (source_spm, target_spm):
        sp = sentencepiece.SentencePieceProcessor(model_file=str(path))
        for i in range(sp.get_piece_size()):
            if sp.is_control(i) or sp.is_unknown(i):
                continue
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    vocab["<pad>"] = len(vocab)
    return vocab


def build_model(vocab_size, pad_id, drawn_positions=None):
    """A random model; with drawn_positions, its weights are drawn as for that many positions."""
    config = MarianConfig(
        vocab_size=vocab_size, decoder_vocab_size=vocab_size, d_model=D_MODEL,
        encoder_layers=LAYERS, decoder_layers=LAYERS, encoder_attention_heads=HEADS,
        decoder_attention_heads=HEADS, encoder_ffn_dim=FFN, decoder_ffn_dim=FFN,
        max_position_embeddings=drawn_positions or MAX_POSITIONS, pad_token_id=pad_id, decoder_start_token_id=pad_id,
        eos_token_id=0, forced_eos_token_id=0, bos_token_id=None, scale_embedding=True,
        activation_function="swish", share_encoder_decoder_embeddings=True,
        tie_word_embeddings=False, dropout=0.0, attention_dropout=0.0, activation_dropout=0.0,
        architectures=["MarianMTModel"], name_or_path="hanbridge/tiny-marian-ko-en")
    torch.manual_seed(SEED)
    model = MarianMTModel(config)
    # Wider weights than the default init (std 0.02) so that logits are well apart: a runtime
    # whose arithmetic differs from PyTorch's in the last float bit still picks the same token.
    # The output projection is untied from the embeddings (OPUS-MT ties them; the runtime never
    # sees the difference, both live inside the ONNX graphs).
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "embed_positions" in name:
                continue  # sinusoidal table, as in every Marian model
            if parameter.dim() == 1:
                centre = 1.0 if name.endswith("layer_norm.weight") else 0.0
                parameter.copy_(torch.randn_like(parameter) * 0.1 + centre)
            elif "shared" in name or "embed_tokens" in name:
                parameter.copy_(torch.randn_like(parameter) * EMBEDDING_STD)
                parameter[pad_id].zero_()
            else:
                scale = CROSS_ATTENTION_SCALE if "encoder_attn.out_proj" in name else 1.0
                parameter.copy_(torch.randn_like(parameter) * scale / parameter.shape[1] ** 0.5)
        model.final_logits_bias.zero_()
        model.final_logits_bias[0, 0] = EOS_BIAS
        if drawn_positions and drawn_positions != MAX_POSITIONS:
            for stack in (model.model.encoder, model.model.decoder):
                wider = MarianSinusoidalPositionalEmbedding(MAX_POSITIONS, D_MODEL)
                wider.weight.copy_(wider.create_weight())
                stack.embed_positions = wider
            model.config.max_position_embeddings = MAX_POSITIONS
    model.config._attn_implementation = "eager"
    return model.eval()


def generation_config(pad_id):
    return GenerationConfig(
        decoder_start_token_id=pad_id, pad_token_id=pad_id, eos_token_id=0, forced_eos_token_id=0,
        bad_words_ids=[[pad_id]], max_length=MAX_LENGTH, num_beams=4, length_penalty=1.0,
        early_stopping=False)


# ---- ONNX export, in the layout and with the input/output names optimum writes ----

class Encoder(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.encoder = model.get_encoder()

    def forward(self, input_ids, attention_mask):
        return self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state


class Decoder(torch.nn.Module):
    """First step: no past; returns logits and the self- and cross-attention caches."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, encoder_attention_mask, encoder_hidden_states):
        cache = EncoderDecoderCache(DynamicCache(), DynamicCache())
        out = self.model.model.decoder(
            input_ids=input_ids, encoder_hidden_states=encoder_hidden_states,
            encoder_attention_mask=encoder_attention_mask, past_key_values=cache, use_cache=True)
        logits = self.model.lm_head(out.last_hidden_state) + self.model.final_logits_bias
        presents = []
        for i in range(LAYERS):
            presents += [cache.self_attention_cache.layers[i].keys, cache.self_attention_cache.layers[i].values,
                         cache.cross_attention_cache.layers[i].keys, cache.cross_attention_cache.layers[i].values]
        return (logits, *presents)


class DecoderWithPast(torch.nn.Module):
    """Later steps: one new token per row; the cross-attention cache is reused, not recomputed."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, encoder_attention_mask, *past):
        self_data = [(past[4 * i], past[4 * i + 1]) for i in range(LAYERS)]
        cross_data = [(past[4 * i + 2], past[4 * i + 3]) for i in range(LAYERS)]
        cache = EncoderDecoderCache(DynamicCache(self_data), DynamicCache(cross_data))
        # Only the shape of encoder_hidden_states is read (for the cross-attention mask): the
        # cached cross-attention keys and values are used instead of projecting it again.
        encoder_key = past[2]
        batch, heads, source_length, head_dim = encoder_key.shape
        shape_only = encoder_key.transpose(1, 2).reshape(batch, source_length, heads * head_dim)
        out = self.model.model.decoder(
            input_ids=input_ids, encoder_hidden_states=shape_only,
            encoder_attention_mask=encoder_attention_mask, past_key_values=cache, use_cache=True)
        logits = self.model.lm_head(out.last_hidden_state) + self.model.final_logits_bias
        presents = []
        for i in range(LAYERS):
            presents += [cache.self_attention_cache.layers[i].keys, cache.self_attention_cache.layers[i].values]
        return (logits, *presents)


def past_names(prefix, kinds=("decoder", "encoder")):
    names = []
    for i in range(LAYERS):
        for kind in ("decoder", "encoder"):
            if kind in kinds:
                names += [f"{prefix}.{i}.{kind}.key", f"{prefix}.{i}.{kind}.value"]
    return names


def export(model, folder):
    batch, source_length = 2, 7
    ids = torch.randint(2, 50, (batch, source_length))
    mask = torch.ones(batch, source_length, dtype=torch.int64)
    hidden = Encoder(model)(ids, mask)
    start = torch.full((batch, 1), model.config.decoder_start_token_id)

    def run_export(module, args, path, inputs, outputs, axes):
        torch.onnx.export(module, args, str(path), input_names=inputs, output_names=outputs,
                          dynamic_axes=axes, opset_version=OPSET, dynamo=False, do_constant_folding=True)

    run_export(Encoder(model), (ids, mask), folder / "encoder_model.onnx",
               ["input_ids", "attention_mask"], ["last_hidden_state"],
               {"input_ids": {0: "batch_size", 1: "encoder_sequence_length"},
                "attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
                "last_hidden_state": {0: "batch_size", 1: "encoder_sequence_length"}})

    present_all = past_names("present")
    kv_axes = lambda length: {0: "batch_size", 2: length}
    axes = {"input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
            "encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
            "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"},
            "logits": {0: "batch_size", 1: "decoder_sequence_length"}}
    for name in present_all:
        axes[name] = kv_axes("decoder_sequence_length" if ".decoder." in name else "encoder_sequence_length_out")
    run_export(Decoder(model), (start, mask, hidden), folder / "decoder_model.onnx",
               ["input_ids", "encoder_attention_mask", "encoder_hidden_states"], ["logits", *present_all], axes)

    first = Decoder(model)(start, mask, hidden)
    past = first[1:]
    next_ids = torch.randint(2, 50, (batch, 1))
    past_inputs = past_names("past_key_values")
    present_decoder = past_names("present", kinds=("decoder",))
    axes = {"input_ids": {0: "batch_size"},
            "encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
            "logits": {0: "batch_size"}}
    for name in past_inputs:
        axes[name] = kv_axes("past_decoder_sequence_length" if ".decoder." in name else "encoder_sequence_length_out")
    for name in present_decoder:
        axes[name] = kv_axes("past_decoder_sequence_length + 1")
    run_export(DecoderWithPast(model), (next_ids, mask, *past), folder / "decoder_with_past_model.onnx",
               ["input_ids", "encoder_attention_mask", *past_inputs], ["logits", *present_decoder], axes)


def compact(path):
    """Short names for the exporter's intermediate values and nodes: at d_model 16 the names
    ("/model/decoder/layers.0/self_attn/Reshape_3_output_0") outweigh the weights."""
    model = onnx.load(str(path))
    graph = model.graph
    keep = {v.name for v in graph.input} | {v.name for v in graph.output} | {i.name for i in graph.initializer}
    rename = {}
    for index, node in enumerate(graph.node):
        node.name = f"n{index}"
        node.doc_string = ""
        for position, value in enumerate(node.output):
            if value and value not in keep:
                rename[value] = f"t{len(rename)}"
                node.output[position] = rename[value]
        for position, value in enumerate(node.input):
            node.input[position] = rename.get(value, value)
    graph.ClearField("value_info")
    onnx.save(model, str(path))


def merge_decoders(folder, no_past_file, with_past_file, merged_file):
    """decoder_model_merged.onnx as optimum builds it: one If on use_cache_branch, the first-step
    graph in the else branch and the with-past graph in the then branch, weights shared. Like
    optimum, the with-past branch answers the encoder present outputs with dummy zeros: a caller
    keeps the cross-attention cache from the first step."""
    no_past = onnx.load(str(no_past_file))
    with_past = onnx.load(str(with_past_file))

    shared, renamed = {}, {}
    for tag, model in (("np", no_past), ("wp", with_past)):
        for init in model.graph.initializer:
            array = numpy_helper.to_array(init)
            key = (init.data_type, tuple(init.dims), hashlib.sha256(array.tobytes()).hexdigest())
            if key not in shared:
                shared[key] = numpy_helper.from_array(array, name=f"shared_{len(shared)}_{init.name}")
            renamed[(tag, init.name)] = shared[key].name

    outer_inputs = {"input_ids", "encoder_attention_mask", "encoder_hidden_states", *past_names("past_key_values")}

    def branch(model, tag, name):
        graph = helper.make_graph([], name, [], [])
        rename = {}
        for init in model.graph.initializer:
            rename[init.name] = renamed[(tag, init.name)]
        for node in model.graph.node:
            for value in list(node.output):
                if value not in rename:
                    rename[value] = f"{tag}/{value}"
        for value in model.graph.input:
            rename[value.name] = value.name
        for node in model.graph.node:
            copy = onnx.NodeProto()
            copy.CopyFrom(node)
            copy.name = f"{tag}/{node.name}"
            copy.ClearField("input")
            copy.input.extend(rename.get(v, v) if v else v for v in node.input)
            copy.ClearField("output")
            copy.output.extend(rename[v] for v in node.output)
            graph.node.append(copy)
        return graph, rename

    else_graph, else_names = branch(no_past, "np", "decoder_first_step")
    then_graph, then_names = branch(with_past, "wp", "decoder_with_past")
    outputs = ["logits", *past_names("present")]
    for name in outputs:
        else_graph.output.append(helper.make_tensor_value_info(else_names[name], TensorProto.FLOAT, None))
        if name in then_names:
            then_graph.output.append(helper.make_tensor_value_info(then_names[name], TensorProto.FLOAT, None))
        else:
            dummy = f"wp/dummy_{name}"
            then_graph.node.append(helper.make_node(
                "Constant", [], [dummy], value=numpy_helper.from_array(np.zeros((1, HEADS, 1, D_MODEL // HEADS), np.float32))))
            then_graph.output.append(helper.make_tensor_value_info(dummy, TensorProto.FLOAT, None))

    inputs = [i for i in no_past.graph.input if i.name in outer_inputs]
    inputs += [i for i in with_past.graph.input if i.name in outer_inputs and i.name.startswith("past_key_values")]
    inputs.append(helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]))
    graph_outputs = []
    for name in outputs:
        source = next(o for o in no_past.graph.output if o.name == name)
        graph_outputs.append(source)
    if_node = helper.make_node("If", ["use_cache_branch"], outputs, name="optimum::if",
                               then_branch=then_graph, else_branch=else_graph)
    graph = helper.make_graph([if_node], "merged_decoder", inputs, graph_outputs,
                              initializer=list(shared.values()))
    merged = helper.make_model(graph, opset_imports=no_past.opset_import, producer_name="hanbridge")
    merged.ir_version = no_past.ir_version
    onnx.checker.check_model(merged)
    onnx.save(merged, str(merged_file))


# ---- reference outputs ----

# Decoding settings the references cover: greedy, the model's own beam search, and beam search
# with the other stop rules (early_stopping True and "never"), length penalties other than 1 and
# renormalize_logits.
VARIANTS = {
    "greedy": {"num_beams": 1},
    "beam4": {"num_beams": 4},
    "beam3_early_lp06": {"num_beams": 3, "early_stopping": True, "length_penalty": 0.6},
    "beam4_never_lp15_renormalized": {"num_beams": 4, "early_stopping": "never", "length_penalty": 1.5,
                                      "renormalize_logits": True},
}


def references(model, tokenizer, gen):
    result = {"tokenizer": [], "translations": []}
    for text in TOKENIZER_ONLY_SENTENCES + REFERENCE_SENTENCES:
        result["tokenizer"].append({"text": text, "ids": tokenizer(text).input_ids})
    for text in REFERENCE_SENTENCES:
        encoded = tokenizer([text], return_tensors="pt")
        assert encoded.input_ids.shape[1] <= MAX_POSITIONS, text
        entry = {"source": text, "input_ids": encoded.input_ids[0].tolist()}
        for key, overrides in VARIANTS.items():
            with torch.no_grad():
                ids = model.generate(**encoded, generation_config=gen, **overrides)[0].tolist()
            entry[key] = {"ids": ids, "text": tokenizer.decode(ids, skip_special_tokens=True)}
        result["translations"].append(entry)
    return result


# ---- an independent check: the ONNX files, run by onnxruntime, give generate()'s ids ----

class OrtMarian:
    """Greedy and beam search over the exported files, written from transformers' rules. It
    proves the export before any Java runs, and shows the search rules the Java port follows."""

    def __init__(self, folder, merged, suffix=""):
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        load = lambda name: onnxruntime.InferenceSession(str(folder / f"{name}{suffix}.onnx"), options)
        self.encoder = load("encoder_model")
        self.merged = merged
        if merged:
            self.decoder = load("decoder_model_merged")
        else:
            self.first, self.later = load("decoder_model"), load("decoder_with_past_model")

    def step(self, tokens, hidden, mask, past):
        feed = {"input_ids": tokens, "encoder_attention_mask": mask}
        if self.merged:
            rows = tokens.shape[0]
            feed["encoder_hidden_states"] = hidden
            feed["use_cache_branch"] = np.array([past is not None])
            empty = np.zeros((rows, HEADS, 0, D_MODEL // HEADS), np.float32)
            for name in past_names("past_key_values"):
                feed[name] = past[name] if past is not None else empty
            out = dict(zip([o.name for o in self.decoder.get_outputs()], self.decoder.run(None, feed)))
        elif past is None:
            feed["encoder_hidden_states"] = hidden
            out = dict(zip([o.name for o in self.first.get_outputs()], self.first.run(None, feed)))
        else:
            feed.update(past)
            out = dict(zip([o.name for o in self.later.get_outputs()], self.later.run(None, feed)))
        new_past = {}
        for name in past_names("past_key_values"):
            present = name.replace("past_key_values", "present")
            if ".encoder." in name and past is not None:
                new_past[name] = past[name]  # the with-past graphs do not recompute these
            else:
                new_past[name] = out[present]
        return out["logits"][:, -1, :], new_past

    def generate(self, input_ids, gen, num_beams, early_stopping, length_penalty, renormalize=False):
        ids = np.array([input_ids], np.int64)
        mask = np.ones_like(ids)
        hidden = self.encoder.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        hidden, mask = np.repeat(hidden, num_beams, 0), np.repeat(mask, num_beams, 0)
        pad, eos, max_length = gen.pad_token_id, 0, gen.max_length

        def process(scores, cur_len):
            scores = scores.copy()
            scores[:, pad] = -np.inf
            if cur_len == max_length - 1:
                scores[:, :] = -np.inf
                scores[:, eos] = 0
            if renormalize:
                scores = torch.log_softmax(torch.from_numpy(scores), -1).numpy()
            return scores

        if num_beams == 1:
            sequence, past = [gen.decoder_start_token_id], None
            while True:
                logits, past = self.step(np.array([[sequence[-1]]]), hidden, mask, past)
                token = int(np.argmax(process(logits.astype(np.float32), len(sequence))[0]))
                sequence.append(token)
                if token == eos or len(sequence) >= max_length:
                    return sequence

        f32 = np.float32
        running = np.full((num_beams, max_length), pad, np.int64)
        running[:, 0] = gen.decoder_start_token_id
        running_scores = np.array([0] + [-1e9] * (num_beams - 1), f32)
        finished = running.copy()
        finished_scores = np.full(num_beams, -1e9, f32)
        finished_flags = np.zeros(num_beams, bool)
        improvable, cur_len, past = True, 1, None
        keep = 2 * num_beams
        while True:
            logits, past = self.step(running[:, cur_len - 1:cur_len], hidden, mask, past)
            logits = torch.from_numpy(logits.astype(f32))
            log_probs = process(torch.log_softmax(logits, -1).numpy(), cur_len)
            accumulated = (log_probs + running_scores[:, None]).reshape(-1)
            top = torch.topk(torch.from_numpy(accumulated), keep)
            top_scores, top_index = top.values.numpy(), top.indices.numpy()
            vocab = log_probs.shape[1]
            origin, token = top_index // vocab, top_index % vocab
            candidates = running[origin].copy()
            candidates[:, cur_len] = token
            hits = (token == eos) | (cur_len + 1 >= max_length)

            live_scores = top_scores + hits.astype(f32) * f32(-1e9)
            chosen = torch.topk(torch.from_numpy(live_scores), num_beams).indices.numpy()
            running, running_scores, beam_origin = candidates[chosen], live_scores[chosen], origin[chosen]

            just_finished = hits & (np.arange(keep) < num_beams)
            scores = top_scores / f32((cur_len + 1 - 1) ** length_penalty)
            if finished_flags.all() and early_stopping is True:
                scores = scores + f32(-1e9)
            if not improvable:
                scores = scores + f32(-1e9)
            scores = scores + (~just_finished).astype(f32) * f32(-1e9)
            merged_scores = np.concatenate([finished_scores, scores.astype(f32)])
            best = torch.topk(torch.from_numpy(merged_scores), num_beams).indices.numpy()
            finished = np.concatenate([finished, candidates])[best]
            finished_flags = np.concatenate([finished_flags, just_finished])[best]
            finished_scores = merged_scores[best]

            past = {name: value[beam_origin] if ".decoder." in name else value for name, value in past.items()}
            cur_len += 1
            best_length = (max_length - 1) if (early_stopping == "never" and length_penalty > 0) else cur_len - 1
            best_running = running_scores[0] / f32(best_length ** length_penalty)
            worst = np.where(finished_flags, finished_scores.min(), f32(-1e9))
            improvable = improvable and bool(np.any(best_running > worst))
            if not improvable or (finished_flags.all() and early_stopping is True) or hits.all():
                break
        sequence = finished[0].tolist()
        # the generated part ends at its eos, or at max_length
        end = sequence.index(eos, 1) + 1 if eos in sequence[1:] else max_length
        return sequence[:end]


def check_with_onnxruntime(folder, refs, gen):
    for merged in (True, False):
        runtime = OrtMarian(folder, merged)
        for entry in refs["translations"]:
            for key, overrides in VARIANTS.items():
                got = runtime.generate(entry["input_ids"], gen, overrides["num_beams"],
                                       overrides.get("early_stopping", gen.early_stopping),
                                       overrides.get("length_penalty", gen.length_penalty),
                                       overrides.get("renormalize_logits", False))
                if got != entry[key]["ids"]:
                    sys.exit(f"onnxruntime ({'merged' if merged else 'split'} decoder, {key}) differs from "
                             f"generate() on {entry['source']!r}:\n  {got}\n  {entry[key]['ids']}\n"
                             "Choose another SEED or EOS_BIAS.")


def quantize(folder, work):
    """Int8 weights, as in the quantized files of Xenova's OPUS-MT repositories. The quantizer
    does not reach into an If node's branches, so the two decoders are quantized first and then
    merged, which gives the same layout."""
    def run(source, target):
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)
        compact(target)

    run(folder / "encoder_model.onnx", folder / "encoder_model_quantized.onnx")
    run(folder / "decoder_model.onnx", work / "decoder_model_quantized.onnx")
    run(folder / "decoder_with_past_model.onnx", work / "decoder_with_past_model_quantized.onnx")
    merge_decoders(folder, work / "decoder_model_quantized.onnx", work / "decoder_with_past_model_quantized.onnx",
                   folder / "decoder_model_merged_quantized.onnx")


def quantized_references(folder, refs, gen):
    """The quantized files differ from the PyTorch weights, so generate() cannot speak for them:
    their reference is greedy search through onnxruntime, the runner checked just above."""
    runtime = OrtMarian(folder, merged=True, suffix="_quantized")
    for entry in refs["translations"]:
        entry["greedy_quantized"] = {"ids": runtime.generate(entry["input_ids"], gen, 1, False, 1.0)}


def make_opus_shaped(folder):
    """The tokenizer of the tiny model with a vocabulary padded to OPUS-MT's 65,001 ids, and
    random weights of OPUS-MT's shape. Every translation runs to max_length 40 (eos is pushed
    down), so a run measures the cost of 39 decoder steps per segment, about an English sentence."""
    global D_MODEL, HEADS, LAYERS, FFN, MAX_POSITIONS, MAX_LENGTH, EOS_BIAS, EMBEDDING_STD
    D_MODEL, HEADS, LAYERS, FFN, MAX_POSITIONS, MAX_LENGTH, EOS_BIAS = 512, 8, 6, 2048, 512, 40, -100.0
    tiny = Path(__file__).resolve().parent.parent / "resources" / "dev" / "hanbridge" / "translate" / "local" / "tiny-marian"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    vocab = json.loads((tiny / "vocab.json").read_text(encoding="utf-8"))
    del vocab["<pad>"]
    while len(vocab) < 65000:
        vocab[f"\u2581filler{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    for name in ("source.spm", "target.spm"):
        shutil.copy(tiny / name, folder / name)
    config = json.loads((tiny / "tokenizer_config.json").read_text(encoding="utf-8"))
    config["added_tokens_decoder"] = {str(vocab[t]): v for t, v in zip(("</s>", "<unk>", "<pad>"),
                                                                      config["added_tokens_decoder"].values())}
    config["model_max_length"] = MAX_POSITIONS
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    pad_id = vocab["<pad>"]
    model = build_model(len(vocab), pad_id)
    model.config.save_pretrained(str(folder))
    generation_config(pad_id).save_pretrained(str(folder))
    export(model, folder)
    for name in ("encoder_model", "decoder_model", "decoder_with_past_model"):
        compact(folder / f"{name}.onnx")
    merge_decoders(folder, folder / "decoder_model.onnx", folder / "decoder_with_past_model.onnx",
                   folder / "decoder_model_merged.onnx")
    with tempfile.TemporaryDirectory() as work:
        quantize(folder, Path(work))
    for name in ("decoder_model.onnx", "decoder_with_past_model.onnx"):
        (folder / name).unlink()
    total = sum(p.stat().st_size for p in folder.iterdir())
    print(f"wrote {folder} ({total / 1e6:.0f} MB)")


def main():
    here = Path(__file__).resolve().parent
    default_out = here.parent / "resources" / "dev" / "hanbridge" / "translate" / "local"
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--opus-shape", action="store_true",
                        help="instead, a random model of OPUS-MT's size (d_model 512, 6+6 layers, 8 heads, FFN 2048, "
                             "65,001 tokens, ~77M parameters) for bench/local-engine.sh: no references, not committed")
    args = parser.parse_args()
    if args.opus_shape:
        make_opus_shaped(args.out / "opus-shaped-random")
        return
    folder = args.out / "tiny-marian"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)

    korean, english = training_sentences(SEED)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        # OPUS-MT's models normalise with nmt_nfkc, whose character map (240 KB) the source
        # model carries so that the Java normaliser is tested on the real table; the target
        # model, which decoding reads only for piece types, goes without to stay small.
        source = train_spm(korean, 400, work / "source", "nmt_nfkc")
        target = train_spm(english, 300, work / "target", "identity")
        vocab = build_vocab(source, target)
        (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")
        tokenizer = MarianTokenizer(source_spm=str(source), target_spm=str(target), vocab=str(work / "vocab.json"),
                                    source_lang="ko", target_lang="en", model_max_length=MAX_POSITIONS)
        tokenizer.save_pretrained(str(folder))

    pad_id = vocab["<pad>"]
    model = build_model(len(vocab), pad_id, DRAWN_POSITIONS)
    gen = generation_config(pad_id)
    model.generation_config = gen
    model.config.save_pretrained(str(folder))
    gen.save_pretrained(str(folder))

    refs = references(model, tokenizer, gen)
    export(model, folder)
    for name in ("encoder_model", "decoder_model", "decoder_with_past_model"):
        compact(folder / f"{name}.onnx")
    merge_decoders(folder, folder / "decoder_model.onnx", folder / "decoder_with_past_model.onnx",
                   folder / "decoder_model_merged.onnx")
    check_with_onnxruntime(folder, refs, gen)
    with tempfile.TemporaryDirectory() as work:
        quantize(folder, Path(work))
    quantized_references(folder, refs, gen)

    refs["generator"] = {
        "script": "translate/src/test/python/make_tiny_marian.py", "seed": SEED,
        "transformers": transformers.__version__, "torch": torch.__version__,
        "sentencepiece": sentencepiece.__version__, "onnx": onnx.__version__,
        "onnxruntime": onnxruntime.__version__, "variants": VARIANTS,
    }
    (args.out / "tiny-marian-reference.json").write_text(
        json.dumps(refs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in folder.iterdir())
    print(f"wrote {folder} ({total / 1024:.0f} KiB) and tiny-marian-reference.json")


if __name__ == "__main__":
    main()
