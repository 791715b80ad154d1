#include "widgets/economicspanel.h"

using namespace Qt::StringLiterals;

namespace fulcrum {

EconomicsPanel::EconomicsPanel(QWidget *parent)
    : FormPanel(parent)
{
    setWindowTitle(tr("Business case"));
    using Kind = NumberField::Kind;

    addNumber(tr("Value of a success:"), Kind::Money, &Scenario::economics,
              &Economics::valuePerSuccess, u"economics.value_per_success"_s,
              tr("What one request answered correctly is worth to the business (time saved, a "
                 "sale, a ticket closed)."),
              tr("Change value per success"));
    addNumber(tr("Cost of an escalation:"), Kind::Money, &Scenario::economics,
              &Economics::costPerEscalation, u"economics.cost_per_escalation"_s,
              tr("What it costs when a wrong answer has to be handled by a person."),
              tr("Change cost per escalation"));
    addNumber(tr("Churn per failure:"), Kind::Percent, &Scenario::economics,
              &Economics::churnRatePerFailure, u"economics.churn_rate_per_failure"_s,
              tr("The chance, in percent, that a wrong answer loses the customer."),
              tr("Change churn rate per failure"));
    addNumber(tr("Cost of a lost customer:"), Kind::Money, &Scenario::economics,
              &Economics::costPerChurn, u"economics.cost_per_churn"_s,
              tr("What losing one customer costs (their lifetime value)."),
              tr("Change cost per churn"));
    NumberField *fixed = addNumber(
        tr("Fixed costs:"), Kind::Money, &Scenario::economics, &Economics::monthlyFixedCosts,
        u"economics.monthly_fixed_costs"_s,
        tr("Costs that do not depend on traffic (hosting, monitoring, the team's time), per "
           "month."),
        tr("Change monthly fixed costs"));
    fixed->setUnit(tr("%1 a month").arg(fixed->currency()));
    addNumber(tr("Target accuracy:"), Kind::Percent, &Scenario::economics,
              &Economics::targetAccuracy, u"economics.target_accuracy"_s,
              tr("The accuracy a model must reach on the eval to be acceptable, in percent."),
              tr("Change target accuracy"));
    addOptionalNumber(tr("Human accuracy:"), Kind::Percent, &Scenario::economics,
                      &Economics::humanAccuracy, u"economics.human_accuracy"_s,
                      tr("What people score on the same eval, for comparison; leave empty if "
                         "unknown."),
                      tr("Change human accuracy"));
}

void EconomicsPanel::showScenario(const Scenario &scenario)
{
    // Fixed costs are per month whatever the currency: say so after the code.
    if (NumberField *fixed = field(u"economics.monthly_fixed_costs"_s))
        fixed->setUnit(tr("%1 a month").arg(QString::fromStdString(scenario.currency)));
}

} // namespace fulcrum
