#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QString>

#include "models/catalog.h"
#include "models/modelentry.h"
#include "models/scenario.h"

namespace fulcrum {

/// The models a scenario can use: the catalog's entries, the scenario's own "models"
/// overriding them by id, then the scenario's additions. Editable: an edit is reported as
/// the whole edited entry (modelEdited), which the window writes into the scenario as an
/// override. Numbers are per million tokens, seconds, tokens per second, tokens; an empty
/// cell is null ("not offered" for a tier, "unknown" otherwise).
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Provider,
        Name,
        StandardInput,
        StandardCachedInput,
        StandardCacheWrite,
        StandardOutput,
        BatchInput,
        BatchOutput,
        FlexInput,
        FlexOutput,
        PriorityInput,
        PriorityCachedInput,
        PriorityOutput,
        PromptCacheMinTokens,
        CacheTtlS,
        TtftS,
        PrefillTokensPerS,
        OutputTokensPerS,
        OutputTokensPerSSlowest,
        ContextWindow,
        MaxOutputTokens,
        TokensPerMinute,
        RequestsPerMinute,
        AsOf,
        Source,
        Overridden,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, ///< the raw value (double or string); invalid when null
        FilterTextRole,          ///< "id provider name", on every column
        ModelIdRole,             ///< QString
        OriginRole,              ///< int, Origin
    };

    /// Where a row's entry comes from.
    enum class Origin { Catalog, Overridden, Added };

    explicit CatalogTableModel(QObject *parent = nullptr);

    void setCatalog(const Scenario &scenario, const Catalog &catalog);

    /// The entry of a row as shown (with any edit not yet echoed back), or nullptr.
    const ModelEntry *entry(int row) const;
    Origin origin(int row) const;
    /// The row of a model id, or -1.
    int rowOf(const QString &modelId) const;
    /// True for a scenario's override of a catalog model (not for its additions).
    bool canRevert(int row) const;
    /// Emits revertRequested for the row's model when it can be reverted.
    void requestRevert(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// EditRole: a number (or text holding one) sets the value, empty text sets null. In an
    /// input or output price cell of a tier the model does not offer, "input / output"
    /// offers the tier. Price, TTFT and speed cells also take a range, as text
    /// ("2–2.5–3.5", "15–20–30 PERT", "60 p10 25"; see NumberField) or as a Distribution:
    /// the point value goes into the figure and the range into the entry's ranges, as
    /// loading a file stores it; a number typed over a range replaces it. Refused edits
    /// return false and emit editRefused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The user changed a cell; the whole entry after the edit.
    void modelEdited(const fulcrum::ModelEntry &entry);
    /// An edit was refused; why, in words.
    void editRefused(const QString &reason);
    /// The user asked to drop the scenario's override of a catalog model.
    void revertRequested(const QString &modelId);

private:
    struct Row
    {
        ModelEntry entry;
        Origin origin = Origin::Catalog;

        bool operator==(const Row &) const = default;
    };

    static std::optional<double> number(const ModelEntry &entry, int column);
    /// The key of a cell's figure in its Ranges ("output", "output_tokens_per_s"), or
    /// nullptr for a column that takes no range.
    static const char *rangeKey(int column);
    /// The range of a cell, or nullptr when it holds a number (or nothing).
    static const Distribution *range(const ModelEntry &entry, int column);
    /// The Ranges a cell's range goes into; nullptr when the tier or latency is missing.
    static Ranges *rangesOf(ModelEntry &entry, int column);
    QString rangeNote(const Distribution &range) const;
    QString setRange(ModelEntry &entry, int column, Distribution range) const;
    static bool isNumberColumn(int column);
    static QString columnName(int column);
    QString setNumber(ModelEntry &entry, int column, std::optional<double> value) const;
    QString setNumberFromInput(ModelEntry &entry, int column, const QVariant &value) const;
    QString setPricePair(ModelEntry &entry, int column, const QString &text) const;
    QVariant toolTip(const Row &row, int column) const;
    bool refuse(const Row &row, int column, const QString &reason);

    std::vector<Row> m_rows;
    QString m_currency;
};

} // namespace fulcrum
