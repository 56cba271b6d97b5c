"""Pydantic models: the JSON contract of a summary and the response model the LLM fills.

`schemas/*.schema.json` are generated from these classes (`python -m summarizer.schema_gen`);
a test fails when the files drift from the code.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SCHEMA_VERSION = "1.1"  # 1.1: provenance.weights_version

Category = Literal["achievements", "shortcomings", "tasks"]
CATEGORIES: tuple[Category, ...] = ("achievements", "shortcomings", "tasks")
AlignStatus = Literal["exact", "whitespace", "fuzzy"]


class Meta(BaseModel):
    """Meeting metadata, reconciled across chunks."""

    model_config = ConfigDict(extra="forbid")
    organization: str | None = Field(None, description="Tổ chức họp, như tự gọi tên mình")
    meeting_date: str | None = Field(None, description="Ngày họp, ISO YYYY-MM-DD")
    period: str | None = Field(None, description="Kỳ đánh giá, như trong bài, vd 'Quý I/2024'")
    chair: list[str] = Field(default_factory=list, description="Người chủ trì, chỉ tên")


class Item(BaseModel):
    """One grounded fact: a concise statement plus the verbatim source span backing it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., min_length=1, description="Câu ngắn gọn bằng tiếng Việt")
    quote: str = Field(..., min_length=1, description="Trích nguyên văn từ bài (NFC)")
    start: int = Field(..., ge=0, description="Vị trí bắt đầu của quote trong văn bản NFC")
    end: int = Field(..., ge=0, description="Vị trí kết thúc (không bao gồm)")
    status: AlignStatus = Field("exact", description="Cách quote được khớp với nguồn")
    chunk: int | None = Field(None, description="Số thứ tự đoạn (chunk) sinh ra mục này")


class Task(Item):
    owner: str | None = Field(None, description="Đơn vị/người chủ trì, nếu bài nêu")
    deadline: str | None = Field(None, description="Thời hạn, như trong bài, nếu có")


class FailedChunk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    chunk: int
    error: str


class Usage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    cache_hits: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls
        self.cache_hits += other.cache_hits


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tool_version: str
    model: str | None
    strategy: str
    prompt_version: str | None
    weights_version: str | None = Field(None, description="Phiên bản trọng số đã học mà quy tắc dùng để giữ/xếp loại mệnh đề")
    schema_version: str = SCHEMA_VERSION
    usage: Usage = Field(default_factory=Usage)
    timings: dict[str, float] = Field(default_factory=dict, description="Giây theo từng bước")
    dropped: dict[str, int] = Field(default_factory=dict, description="Số mục bị loại, theo lý do")
    chunks: int = 0
    source_chars: int = Field(0, ge=0, description="Số ký tự của văn bản nguồn (NFC; với HTML: phần chữ)")
    cleaned_chars: int = Field(0, ge=0, description="Số ký tự bị lược bỏ khi làm sạch (chú thích ảnh, "
                               "tên tác giả, phần khung trang, bản lặp lại)")
    removed_chars: dict[str, int] = Field(default_factory=dict, description="Số ký tự bị lược bỏ, theo lý do")
    fallback_chunks: list[FailedChunk] = Field(
        default_factory=list, description="Đoạn mà mô hình không phân loại được; dùng phân loại của quy tắc (strategy judge)")
    structured_output: str | None = Field(
        None, description="Dạng đầu ra có cấu trúc đã dùng với endpoint (json_schema, json_object+schema, json, md_json, tools)")
    created_at: str | None = None


class Summary(BaseModel):
    """The product: what one article's meeting achieved, lacked and must do next."""

    model_config = ConfigDict(extra="forbid")
    article: str
    meta: Meta = Field(default_factory=Meta)
    achievements: list[Item] = Field(default_factory=list)
    shortcomings: list[Item] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    failed_chunks: list[FailedChunk] = Field(default_factory=list)
    provenance: Provenance

    def items(self) -> list[tuple[Category, Item]]:
        return [(c, it) for c in CATEGORIES for it in getattr(self, c)]


# --- What the model fills for one chunk (the `llm` strategy's response_model). ---


class ExtractedItem(BaseModel):
    text: str = Field(..., description="Một ý ngắn gọn bằng tiếng Việt, giữ nguyên mọi con số như trong bài")
    quote: str = Field(..., description="Câu hoặc vế câu chép NGUYÊN VĂN từ bài, không sửa chữ nào")


class ExtractedTask(ExtractedItem):
    owner: str | None = Field(None, description="Đơn vị/người được giao, nếu bài nêu")
    deadline: str | None = Field(None, description="Thời hạn như trong bài, nếu có")


class ExtractedMeta(BaseModel):
    organization: str | None = Field(None, description="Tổ chức họp, vd 'Huyện ủy X'")
    meeting_date: str | None = Field(None, description="Ngày họp dạng YYYY-MM-DD, hoặc null")
    period: str | None = Field(None, description="Kỳ đánh giá như trong bài, vd 'Quý I/2024'")
    chair: list[str] = Field(default_factory=list, description="Họ tên người chủ trì, không kèm chức vụ")


class ChunkExtraction(BaseModel):
    """One chunk's findings. Quotes are checked against the chunk when a context is given."""

    meta: ExtractedMeta = Field(default_factory=ExtractedMeta)
    achievements: list[ExtractedItem] = Field(default_factory=list, description="Kết quả đạt được")
    shortcomings: list[ExtractedItem] = Field(default_factory=list, description="Hạn chế, tồn tại, khó khăn")
    tasks: list[ExtractedTask] = Field(default_factory=list, description="Nhiệm vụ thời gian tới")

    @model_validator(mode="after")
    def _check_against_source(self, info: ValidationInfo) -> ChunkExtraction:
        """With a `checker` in the validation context, refuse quotes the source does not contain.

        The message goes back to the model (instructor's re-ask), so it says what to fix.
        """
        checker = (info.context or {}).get("checker")
        problems = checker(self) if checker else []
        if problems:
            raise ValueError("; ".join(problems[:8]))
        return self


# --- What the model answers for one chunk under the `judge` strategy. ---

JudgeCategory = Literal["achievements", "shortcomings", "tasks", "none"]


class JudgedItem(BaseModel):
    n: int = Field(..., description="Số của vế câu được đánh dấu [n] … [/n]")
    category: JudgeCategory = Field(..., description="achievements | shortcomings | tasks | none (không phải một mục)")
    text: str = Field("", description="Một ý ngắn gọn bằng tiếng Việt, chỉ dùng con số có trong vế câu [n]")
    owner: str | None = Field(None, description="Nhiệm vụ: đơn vị/người được giao, nếu bài nêu")
    deadline: str | None = Field(None, description="Nhiệm vụ: thời hạn như trong bài, nếu có")


class JudgeAnswer(BaseModel):
    """A verdict for every numbered candidate of a chunk. Checked against the candidates when a
    context is given: every number once, no unknown number, figures only from the candidate."""

    items: list[JudgedItem] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_against_candidates(self, info: ValidationInfo) -> JudgeAnswer:
        checker = (info.context or {}).get("checker")
        problems = checker(self) if checker else []
        if problems:
            raise ValueError("; ".join(problems[:8]))
        return self
