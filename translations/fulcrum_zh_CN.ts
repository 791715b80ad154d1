<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommandLineText</name>
    <message>
        <source>fulcrum: unknown option %1 (see fulcrum --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: --top needs a whole number ≥ 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: --samples needs a whole number from 1 to 1000000, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: --seed needs a whole number from 0 to 18446744073709551615, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: --holdout needs a fraction above 0 and below 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: compute needs exactly one scenario file (see fulcrum --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: export needs exactly one scenario file (see fulcrum --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: export needs at least one of --results, --alternatives, --projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: only one export can go to standard output (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: two exports would go to the same file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: summary needs exactly one scenario file (see fulcrum --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: report needs one scenario file and -o OUT.pdf (see fulcrum --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: --page-size takes A4 or Letter, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: import-litellm needs exactly one LiteLLM price file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: imported %1 chat models (skipped %2 entries that are not chat models and %3 without prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: calibrate needs at least one latency log (see fulcrum --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: %1: named more than once; its runs are counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 held-out runs: mape %3 %, e2e_p50_s %4, e2e_p90_s %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e2e_p50_s and e2e_p90_s: the median and 90th percentile of |predicted − measured| end-to-end latency; mape: the median absolute percentage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 runs, %4 failed and skipped, run %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: no model in the logs has runs to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  fulcrum [FILE]                          open the workbench on FILE (the bundled example without FILE)
  fulcrum compute FILE [--catalog C] [--top N] [--compact] [--samples N] [--seed S]
                                          print every figure of the scenario as JSON; --samples
                                          and --seed add an &quot;uncertainty&quot; block: a Monte Carlo
                                          over the scenario&apos;s ranges (N from 1 to 1000000, default
                                          20000; S a 64-bit seed, default 1: same S, same figures)
  fulcrum summary FILE [--catalog C]      print the headline figures in a few sentences
  fulcrum report FILE -o OUT.pdf [--page-size A4|Letter] [--catalog C]
                                          write the PDF business-case report (no display needed)
  fulcrum export FILE [--catalog C] [--results OUT.json]
                 [--alternatives OUT.csv] [--projection OUT.csv]
                                          write the results as compute prints them, the ranked
                                          alternatives and the monthly projection (- is stdout)
  fulcrum import-litellm FILE [-o OUT] [--as-of YYYY-MM-DD]
                                          turn a LiteLLM price file into a Fulcrum catalog
  fulcrum calibrate LOG... [--holdout F] [--json]
                                          fit the latency model to measured runs (llmperf, vLLM or CSV)
  fulcrum --version | --help

--catalog takes a Fulcrum catalog or a LiteLLM price file (its prices replace the built-in ones).
Exit codes: 0 success, 1 invalid or unreadable input (the field is named on stderr), 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: unknown command or option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulcrum: no display to open the workbench on; without one use &apos;fulcrum compute FILE&apos; (see &apos;fulcrum --help&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a %1, got a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≤ %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;: it is neither in the catalog nor in the scenario&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another step is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps wait for each other in a cycle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Fulcrum (format version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log-normal range needs its median and exactly one of p10 and p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range is out of order (it needs low ≤ likely ≤ high, or p10 &lt; median &lt; p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a success is worth nothing and a failure costs nothing: there is no case to break even on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario already defines model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model offers no tier: give prices for at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slowest speed (%1 tokens/s) cannot be faster than the typical one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no eval result for %1: its accuracy is assumed to be the target, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no latency figures: the pipeline&apos;s latency is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens do not fit %2&apos;s context window of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generated tokens exceed %2&apos;s maximum output of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no prompt caching: nothing is cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prefix of %1 tokens is below %2&apos;s caching minimum of %3: nothing is cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s cache lifetime is unknown, so the hit rate cannot be derived from traffic (0 is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break-even accuracy is %1: the case never breaks even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a latency log: expected llmperf&apos;s individual responses (a JSON list), the result of vllm bench serve --save-result (a JSON object with &quot;ttfts&quot;) or a CSV with the header model,input_tokens,output_tokens,ttft_s,total_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries but %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request ends (%1 s) before its first token (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column (it needs model, input_tokens, output_tokens, ttft_s and total_s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &quot;%4&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): must be ≥ 0, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4 is beyond any plausible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): the request ends (%4 s) before its first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the held-out fraction must be at least 0 and below 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no successful runs to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no run has two or more output tokens, so the time between tokens is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the median time between tokens is 0 (the requests end with their first token: not streamed?), so the output speed is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every run has the same input length, so TTFT is not fitted against input (b = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the record starting on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points, with their sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulcrum business case · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices as of %1 · Fulcrum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has errors; fix them before writing a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report needs a QApplication (it draws the workbench&apos;s charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy unmeasured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case for an LLM feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulcrum version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price catalog as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each request costs more than a success is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never with the fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM cost per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the slowest hour, budget %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model on the path has no latency figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step waits for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value per month at each accuracy: the case breaks even where the line crosses zero. Markers show break-even, the target, the measured accuracy (with its 95 % interval) and people&apos;s accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one request costs, by step and by kind of token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly LLM cost as traffic grows, the cumulative cost (right axis) and the cheapest feasible alternative&apos;s monthly cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency along the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each synchronous step starts and ends, split into network, queue, time to first token, prefill, reasoning and output, against the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency by answer length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s total latency as a step&apos;s output grows, typical (solid) and at the slowest hour (dashed), and the output each step can afford within the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate model × tier × caching: cost per month against total latency, coloured by accuracy. Faded points miss the accuracy target or the budget; the line joins the Pareto front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates for %1, ranked by net per month then cost; %2 of %3 shown. A feasible candidate meets the accuracy target, break-even and the latency budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving / month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net / month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmeasured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak use per minute (average traffic × the peak-to-average factor) against each model&apos;s limits, now and over the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak tokens / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak requests / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never in the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step runs on the batch tier: requests are queued, so per-minute rate limits do not bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model of the pipeline states a rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: traffic and business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak-to-average traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous share (batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network overhead per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate per failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per churned customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token counts are averages per call; the cache hit rate is the share of the static prefix read from the prompt cache (&quot;auto&quot;: derived from the traffic and the cache&apos;s lifetime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step&apos;s cost per request and, on the synchronous path, when it starts and ends (typical), the wait for its first token per call and how many output tokens per call the budget affords it, the other steps as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start – end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affordable output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the synchronous path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: measured accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario&apos;s own entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 per million tokens, for the pipeline&apos;s models and the alternatives shown. &quot;input&quot; means the token kind is billed at the plain input price; reasoning without a price of its own is billed as output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of · source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency figures used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token and output speed (tokens per second), typical and at the slowest hour, with the tiers&apos; queueing; from public measurements unless the scenario overrides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>an assumed %1 (no eval result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measured (95 % interval %2 to %3 on %4 examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even accuracy %1; at %2 the margin is %3 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1 per month on %2 cases (%3 per case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM cost %1 per request, %2 per day, %3 per month; %4 over %5 months of growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency unknown: a model on the synchronous path has no latency figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token after %1, whole answer after %2 (%3 at the slowest hour) against a %4 budget: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds even at the slowest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds typically, not at the slowest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best feasible alternative for %1: %2 on the %3 tier%4, saving %5 per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best feasible alternative for %1: %2 on the %3 tier%4, costing %5 more per month for a higher net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with prompt caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feasible alternative meets the accuracy target and the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an assumed %1 accuracy (%2 has no eval result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 measured accuracy (±%2 points on %3 examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 measured accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nets %1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loses %1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the case cannot break even: each request&apos;s LLM cost is more than a success is worth, and it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the case is %2 points above its %3 break-even and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the case is %2 points below its %3 break-even and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 of fixed costs per month no accuracy breaks even at this traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 of fixed costs per month the month breaks even at %2 accuracy (%3 points %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step runs on the batch tier, so no user waits on the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latency is unknown: a model on the synchronous path has no latency figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline answers in %1 (%2 at the slowest hour) against a %3 budget, the first token after %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget holds even at the slowest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget holds typically but not at the slowest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LLM costs %1 per request, %2 per month now and %3 over the %4-month horizon at %5 monthly growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the %2 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with prompt caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2 would save %3 per month and still meet the accuracy target, break-even and the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alternative in the catalog meets the accuracy target, break-even and the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feasible alternative costs less than the pipeline as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest net comes from %1: %2 more per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over its rate limit at peak traffic already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches its rate limit at peak traffic in month %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesPanel</name>
    <message>
        <source>Filter by model or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto front only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the candidates that no other beats on cost, latency and accuracy at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With caching only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which step&apos;s model the candidates replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates &amp;replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the scenario to the selected candidate (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates: the scenario has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidates shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>each replaces the model of every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each replaces the model of step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2. Bold: the scenario as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesScatter</name>
    <message>
        <source>accuracy unmeasured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the latency budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context window exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, total (s, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month (%1, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alternatives in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, no caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: %1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(saves %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency: %1 (slowest hour %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy: %1 (assumed unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net per month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not feasible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above: latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faded: not feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesTableModel</name>
    <message>
        <source>Feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy unmeasured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmeasured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With prompt caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without prompt caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheaper than the scenario by this much per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dearer than the scenario by this much per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model on the synchronous path has no latency figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token after %1; whole answer after %2 (%3 at the slowest hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier step changes: the final step&apos;s accuracy is assumed unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eval result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eval result: the target accuracy is assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the eval of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even accuracy %1: no accuracy breaks even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accuracy at which the feature pays for itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown without an eval result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate enough and within the latency budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Pareto front: no other candidate is cheaper, faster and more accurate at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost
per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving
per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
(typical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
(slowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net
per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by net per month, then by cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s whole answer at typical speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s whole answer at the provider&apos;s busiest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final step&apos;s eval accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accuracy needed to break even at this cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible: accuracy at least the target and break-even, latency within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the front of cost × latency × accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::BusinessCaseChart</name>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month
at %1 accuracy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even accuracy: %1
below it the feature loses money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even accuracy per case, before fixed costs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy: %1
net per month: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy assumed (no eval of %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured accuracy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2 (%3 examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance it is above break-even: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net per month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human accuracy: %1
net per month at it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured, 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never breaks even: the break-even accuracy would be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationPanel</name>
    <message>
        <source>&amp;Import Latency Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llmperf *_individual_responses.json, vllm bench serve --save-result JSON, or a CSV with model,input_tokens,output_tokens,ttft_s,total_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each model&apos;s runs kept out of the fit to test it (every k-th run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hol&amp;d out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model of the catalog or the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected fit&apos;s latency &amp;goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y to Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fitted TTFT, prefill and output speeds into the scenario&apos;s figures for this model, dated by the run (one undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 runs, %4 failed and skipped, run %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency log imported. Import your own measurements to fit TTFT and output speed to them and see how well the model predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fit has no runs with two or more output tokens: nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model of the catalog or the scenario to write the latency into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fitted TTFT, prefill and output speeds into the scenario&apos;s figures for %1, dated by the run (one undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationScatter</name>
    <message>
        <source>Measured end-to-end latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted end-to-end latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a latency log to compare predicted and measured latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
measured %2, predicted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted = measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted = measured: points above were predicted slower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationTableModel</name>
    <message>
        <source>TTFT = %1 + %2 s per input token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run had the same input length: the median TTFT, not fitted against input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Predicted against measured end-to-end latency on the %n fitted runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out runs the fit did not see</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No runs held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a: the time to first token before input is counted (the median of TTFT − b × input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / b, where TTFT = a + b × input tokens, fitted by non-negative least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / the median time between tokens, (end-to-end − TTFT) / (output tokens − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / the 90th percentile of the time between tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median absolute percentage error of the predicted end-to-end latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model / endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (median %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CatalogPanel</name>
    <message>
        <source>Filter by id, provider or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update prices from LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the scenario&apos;s own figures for the selected model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Catalog as of %1&lt;/b&gt; · %n models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overridden by this scenario</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added by this scenario</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in %1 per million tokens. Double-click a cell to edit it; an empty cell means “not offered” or “unknown”. Bold rows are this scenario&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CatalogTableModel</name>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier. To offer it, type its input and output prices as “input / output”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache-write price: cache writes are billed as plain input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price of its own: billed at the tier&apos;s plain input price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency figures: enter the output speed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: input processing time is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the typical speed is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario overrides the catalog&apos;s entry (Revert to catalog drops the override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by the scenario; not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt-cache minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output speed at the slowest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt-cache
minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache
TTL (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT
(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill
(tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output
(tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output at slowest
hour (tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context
window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max
output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/min
limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/min
limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tier: price of %2 tokens, %3 per million tokens (empty: not offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static prefixes shorter than this many tokens are never cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a cached prefix stays warm after its last use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input processing speed, tokens per second (empty: not modelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical generation speed, tokens per second (empty: latency unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation speed at the provider&apos;s busiest hour, tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of input and output one call can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tokens one call can generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s rate limit (empty: unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the scenario overrides the catalog&apos;s entry or adds the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier: to offer it, type its input and output prices together, as “input / output” (e.g. 1.25 / 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier: give its input and output prices first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no latency figures: enter its output speed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time to first token is needed while the output speed is known; clear the output speed to mark the latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::ChartView</name>
    <message>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale — fix the marked input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows no figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Fulcrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the %2 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CostBreakdownChart</name>
    <message>
        <source>Cost per request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps: nothing to cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 per request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::CostProjectionChart</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months to project: the horizon is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
month %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly cost, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative cost, as written (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly cost, cheapest feasible: %1 (saves %2 per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest feasible alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feasible alternative to compare with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::EconomicsPanel</name>
    <message>
        <source>Business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of a success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one request answered correctly is worth to the business (time saved, a sale, a ticket closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change value per success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of an escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it costs when a wrong answer has to be handled by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cost per escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn per failure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance, in percent, that a wrong answer loses the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change churn rate per failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a lost customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What losing one customer costs (their lifetime value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cost per churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs that do not depend on traffic (hosting, monitoring, the team&apos;s time), per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change monthly fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accuracy a model must reach on the eval to be acceptable, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change target accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people score on the same eval, for comparison; leave empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change human accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::EvalsPanel</name>
    <message>
        <source>Evals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the eval result of another model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected eval result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy of each model on your own eval set. The model of the pipeline&apos;s final step decides the business case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::EvalsTableModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives a range; the cell shows its most likely value. Typing a number replaces the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that was evaluated; type any part of its name or provider to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the eval&apos;s examples the model got right, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many examples the eval has; the more, the surer the accuracy (0 = unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many examples the model got right, if known exactly; empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change eval model “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change accuracy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change eval size of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change correct answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add eval result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove eval result for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::FormPanel</name>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal). Typing a number replaces the range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::HeadlineStrip</name>
    <message>
        <source>Break-even accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best feasible alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: fix the marked input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input is invalid: these are the last valid results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assumed (no eval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model on the path has no latency figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step waits for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first · %2 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the slowest hour · budget %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saves %1 / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs %1 / month more, nets %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate meets the target and the budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyByTokensChart</name>
    <message>
        <source>Output tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency through the step (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synchronous step: every step runs on the batch tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency unknown: no latency data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, slowest hour
%2 output tokens per call: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 output tokens per call: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: at the slowest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) affords %3 per call within the %4 budget
(the other steps as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affordable output within the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no output fits the budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyPanel</name>
    <message>
        <source>Whether the user sees the answer as it is written: the wait that counts is then the time to the first token, not to the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network overhead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time each model call spends on the network and in your own code before the provider starts, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change network overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a user may wait for the answer, in seconds; with streaming, until the first words appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change latency budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not stream the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyTimelineChart</name>
    <message>
        <source>Time since the request (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synchronous step: every step runs on the batch tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency unknown: no latency data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last, partial call of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3
%4: %5 per call%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter: off the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user sees the first token at %1 (slowest hour: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total along the critical path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowest hour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total at the slowest hour&apos;s output speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown, off the synchronous path: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eval results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;talog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked input first: the alternatives shown are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where alternatives apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply %1&apos;s fit to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply calibrated latency to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s latency now comes from %2 (see the Catalog tab; Undo reverts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the last valid figures to %1: the scenario as edited has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternatives as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;Projection as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM Price File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fulcrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the figures shown are the last valid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field holds text that is not a number — the figures shown are the last valid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog as of %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened; the current scenario is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulcrum scenarios (*.fulcrum.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulcrum scenarios (*.fulcrum.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no valid figures yet: fix the marked input first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last valid figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report of the last valid figures to %1: the scenario as edited has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Alternatives as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Monthly Projection as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulcrum did not close properly. Unsaved changes to %1 from %2 were kept.
Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import LiteLLM Price File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM price files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no chat models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported catalog is used now but could not be kept for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Latency Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency logs (*.json *.csv);;llmperf individual responses (*_individual_responses.json);;vLLM bench serve results (*.json);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n latency logs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Fulcrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fulcrum %1&lt;/h3&gt;&lt;p&gt;The business case and latency budget of an LLM feature.&lt;/p&gt;&lt;p&gt;Price catalog as of %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::ModelComboBox</name>
    <message>
        <source>Type to search models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::NumberField</name>
    <message>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log-normal&apos;s median and percentile must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 90th percentile must be above the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 10th percentile must be below the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range needs three numbers: low–likely–high (e.g. 180–200–260)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range needs low ≤ likely ≤ high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a range as low–likely–high (180–200–260); add PERT for a PERT distribution (15–20–30 PERT). A log-normal takes its median and 90th or 10th percentile (200 p90 420, or 200 p10 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::PipelinePanel</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model calls each request makes. Double-click or type in a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected step after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::ResidualHistogramChart</name>
    <message>
        <source>Predicted − measured end-to-end latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a latency log to see the residuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 runs off by %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::ScenarioInfoPanel</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this business case is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s title, shown in the window title and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of every amount in the scenario (ISO code). Catalog prices are taken as being in it: change them too if they are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the report&apos;s title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context for the reader of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under the title of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of every amount in the scenario (ISO code).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::StepsTableModel</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal). Typing a number replaces the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static input
tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic input
tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache
hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct
prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output
tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning
tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s name, which other steps use to wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model the step calls; type any part of its name or provider to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s service tier: batch and flex are cheaper but slower, priority faster and dearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times per request the step calls the model, one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of the reusable prompt prefix (instructions, examples, tool definitions), per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens that change with each request (user data, history, retrieved context), per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of calls that find the static prefix in the provider&apos;s cache; &quot;auto&quot; derives it from traffic and the cache&apos;s lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different static prefixes share the traffic, for an &quot;auto&quot; cache hit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible tokens the model writes per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden reasoning tokens the model generates (and bills) per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many completions each call asks for (the API&apos;s n or best_of); each is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps that must finish before this one starts, separated by commas; none means it starts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename step “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of step “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step “%1” up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step “%1” down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::TornadoChart</name>
    <message>
        <source>Total latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency known: a model has no latency figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ranged inputs: nothing to swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at its %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input at its low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input at its high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input at its point value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::TrafficPanel</name>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests the feature serves on an average day today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly growth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By how much the daily volume grows each month, in percent (negative if it shrinks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change monthly growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many months the cost and value projection covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak-to-average:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the busiest minute&apos;s traffic exceeds the day&apos;s average; it decides the rate limits needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change peak-to-average factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can wait (async):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of requests that need no immediate answer (back-office jobs, nightly summaries): they run on the cheaper batch tier and are left out of latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change async share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::UncertaintyHistogramChart</name>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency known: a model has no latency figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 samples (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P5 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 % of the samples are below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % of the samples are below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break even: %1 of the samples are at or above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency budget %1: %2 of the samples are within it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fulcrum::UncertaintyPanel</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(break even): %1    P(net ≥ 0): %2    P(within budget): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per month: P5 %1, P50 %2, P95 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month: P5 %1, P50 %2, P95 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total latency: p50 %1, p90 %2, p99 %3 (budget %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total latency: unknown (a model has no latency figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters most: nothing is uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters most: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this scenario is uncertain: no input is written as a range and the final step&apos;s eval has no size, so every sample equals the point figures. Write ranges (triangular, PERT or log-normal) in the scenario file to see their spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the measured accuracy is uncertain (its eval&apos;s Beta posterior): no input is written as a range. Write ranges in the scenario file to see their spread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
