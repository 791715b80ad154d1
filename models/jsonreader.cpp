#include "models/jsonreader.h"

#include <algorithm>
#include <cctype>

namespace fulcrum {

const char *jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "boolean";
    case Json::value_t::string:
        return "string";
    case Json::value_t::array:
        return "array";
    case Json::value_t::object:
        return "object";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "number";
    default:
        return "other";
    }
}

JsonObjectReader::JsonObjectReader(const Json &object, std::string path,
                                   Diagnostics &errors)
    : m_object {object}
    , m_path {std::move(path)}
    , m_errors {errors}
{
}

std::string JsonObjectReader::pathOf(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

const Json *JsonObjectReader::find(std::string_view key, bool required)
{
    m_consumed.emplace(key);
    const auto it = m_object.find(std::string(key));
    if (it == m_object.end()) {
        if (required)
            m_errors.push_back({pathOf(key), "missing", Json::object()});
        return nullptr;
    }
    return &*it;
}

void JsonObjectReader::wrongType(std::string_view key, const char *expected)
{
    m_errors.push_back({pathOf(key),
                        "wrong_type",
                        {{"expected", expected}, {"got", jsonTypeName(m_object.at(std::string(key)))}}});
}

void JsonObjectReader::number(std::string_view key, double &value, Ranges &ranges, bool required)
{
    const Json *v = find(key, required);
    if (!v)
        return;
    if (v->is_number()) {
        value = v->get<double>();
        return;
    }
    if (v->is_object()) {
        if (auto d = distributionFromJson(*v, pathOf(key), m_errors)) {
            value = d->pointValue();
            ranges[std::string(key)] = std::move(*d);
        }
        return;
    }
    wrongType(key, "number");
}

void JsonObjectReader::optionalNumber(std::string_view key, std::optional<double> &value)
{
    const Json *v = find(key, false);
    if (!v || v->is_null()) {
        value.reset();
        return;
    }
    if (!v->is_number()) {
        wrongType(key, "number");
        return;
    }
    value = v->get<double>();
}

void JsonObjectReader::optionalNumber(std::string_view key, std::optional<double> &value, Ranges &ranges)
{
    const Json *v = find(key, false);
    if (!v || v->is_null()) {
        value.reset();
        return;
    }
    if (v->is_object()) {
        if (auto d = distributionFromJson(*v, pathOf(key), m_errors)) {
            value = d->pointValue();
            ranges[std::string(key)] = std::move(*d);
        }
        return;
    }
    if (!v->is_number()) {
        wrongType(key, "number");
        return;
    }
    value = v->get<double>();
}

void JsonObjectReader::text(std::string_view key, std::string &value, bool required)
{
    const Json *v = find(key, required);
    if (!v)
        return;
    if (!v->is_string()) {
        wrongType(key, "string");
        return;
    }
    value = v->get<std::string>();
}

void JsonObjectReader::boolean(std::string_view key, bool &value)
{
    const Json *v = find(key, false);
    if (!v)
        return;
    if (!v->is_boolean()) {
        wrongType(key, "boolean");
        return;
    }
    value = v->get<bool>();
}

const Json *JsonObjectReader::child(std::string_view key, Json::value_t type,
                                              bool required)
{
    const Json *v = find(key, required);
    if (!v)
        return nullptr;
    if (v->type() != type) {
        wrongType(key, jsonTypeName(Json(type)));
        return nullptr;
    }
    return v;
}

Json JsonObjectReader::unknownKeys() const
{
    Json extra = Json::object();
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_consumed.contains(it.key()))
            extra[it.key()] = it.value();
    }
    return extra;
}

} // namespace fulcrum

namespace fulcrum {

namespace {

/// Follows the path of the value being parsed, to name the field of a number that does
/// not fit a double (nlohmann/json refuses 1e999 rather than reading it as infinity).
class PathTracker : public nlohmann::json_sax<Json>
{
public:
    std::string failedPath;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override
    {
        value();
        m_frames.push_back({true, {}, -1});
        return true;
    }
    bool key(string_t &key) override
    {
        m_frames.back().key = key;
        return true;
    }
    bool end_object() override
    {
        m_frames.pop_back();
        return true;
    }
    bool start_array(std::size_t) override
    {
        value();
        m_frames.push_back({false, {}, -1});
        return true;
    }
    bool end_array() override
    {
        m_frames.pop_back();
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        // The failing value never reached value(), so an array's index is one further.
        std::string path;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame &f = m_frames[i];
            const bool last = i + 1 == m_frames.size();
            if (f.object)
                path += (path.empty() ? "" : ".") + f.key;
            else
                path += "[" + std::to_string(last ? f.index + 1 : f.index) + "]";
        }
        failedPath = path;
        return false;
    }

private:
    struct Frame
    {
        bool object;
        std::string key;
        long index;
    };

    bool value()
    {
        if (!m_frames.empty() && !m_frames.back().object)
            ++m_frames.back().index;
        return true;
    }

    std::vector<Frame> m_frames;
};

/// What stands where the parser stopped, as a reader would name it: the word there ("NaN",
/// "oops", "true"), the number, a short string in its quotes (the parser stops at the end
/// of a token it did not expect, e.g. at the closing quote of a key after a forgotten
/// comma), else the one character (a control character as "U+0009"); empty at the end.
std::string foundAt(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return {};
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const auto isWordByte = [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '+' || c == '-' || c == '.' || c >= 0x80;
    };
    const unsigned char first = byte(offset);
    if (first < 0x20 || first == 0x7f) {
        static const char Hex[] = "0123456789ABCDEF";
        return std::string("U+00") + Hex[first >> 4] + Hex[first & 0xf];
    }
    constexpr std::size_t MaxToken = 32;
    if (first == '"') {
        // The closing quote of an unexpected string: back to its opening quote.
        std::size_t open = offset;
        while (open > 0 && offset - open < MaxToken) {
            --open;
            if (byte(open) == '"' && (open == 0 || byte(open - 1) != '\\'))
                return std::string(text.substr(open, offset - open + 1));
            if (byte(open) == '\n')
                break;
        }
        return "\"";
    }
    if (!isWordByte(first))
        return std::string(1, static_cast<char>(first));
    std::size_t begin = offset;
    while (begin > 0 && offset - begin < MaxToken && isWordByte(byte(begin - 1)))
        --begin;
    std::size_t end = offset + 1;
    while (end < text.size() && end - begin < 2 * MaxToken && isWordByte(byte(end)))
        ++end;
    // Never cut a UTF-8 sequence: move inside to the start of a character.
    while (begin < offset && (byte(begin) & 0xc0) == 0x80)
        ++begin;
    while (end < text.size() && end > offset + 1 && (byte(end) & 0xc0) == 0x80)
        --end;
    return std::string(text.substr(begin, end - begin));
}

} // namespace

std::optional<Json> parseJsonText(std::string_view text, Diagnostics &errors)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        errors.push_back({"", "empty", Json::object()});
        return std::nullopt;
    }
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t offset = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        std::size_t line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        std::string detail = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (const auto colon = detail.find(": "); colon != std::string::npos)
            detail = detail.substr(colon + 2);
        Json params = {{"line", line}, {"column", offset - lineStart + 1}, {"detail", detail}};
        // What the reader finds there, for a message in the reader's language (the parser's
        // own detail is English): a word ("NaN", "oops"), one character, or nothing at the end.
        if (const std::string found = foundAt(text, offset); !found.empty())
            params["found"] = found;
        errors.push_back({"", "not_json", std::move(params)});
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range &) {
        // A number too large for a double, such as 1e999: name its field.
        PathTracker tracker;
        Json::sax_parse(text.begin(), text.end(), &tracker);
        errors.push_back({tracker.failedPath, "not_finite", Json::object()});
        return std::nullopt;
    }
}

} // namespace fulcrum
