namespace Rampart.Waf.Engine.Transformations;

/// <summary>The TextTransformationType values of the WAFv2 model.</summary>
internal enum TextTransformationType
{
    NONE,
    COMPRESS_WHITE_SPACE,
    HTML_ENTITY_DECODE,
    LOWERCASE,
    CMD_LINE,
    URL_DECODE,
    BASE64_DECODE,
    HEX_DECODE,
    MD5,
    REPLACE_COMMENTS,
    ESCAPE_SEQ_DECODE,
    SQL_HEX_DECODE,
    CSS_DECODE,
    JS_DECODE,
    NORMALIZE_PATH,
    NORMALIZE_PATH_WIN,
    REMOVE_NULLS,
    REPLACE_NULLS,
    BASE64_DECODE_EXT,
    URL_DECODE_UNI,
    UTF8_TO_UNICODE,
}
