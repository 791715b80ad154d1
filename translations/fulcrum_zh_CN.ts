<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommandLineText</name>
    <message>
        <source>fulcrum: unknown option %1 (see fulcrum --help)</source>
        <translation>fulcrum: 未知选项 %1（参见 fulcrum --help）</translation>
    </message>
    <message>
        <source>fulcrum: %1 needs a value</source>
        <translation>fulcrum: %1 需要一个值</translation>
    </message>
    <message>
        <source>fulcrum: --top needs a whole number ≥ 0, got %1</source>
        <translation>fulcrum: --top 需要 ≥ 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>fulcrum: --samples needs a whole number from 1 to 1000000, got %1</source>
        <translation>fulcrum: --samples 需要 1 到 1000000 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>fulcrum: --seed needs a whole number from 0 to 18446744073709551615, got %1</source>
        <translation>fulcrum: --seed 需要 0 到 18446744073709551615 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>fulcrum: --holdout needs a fraction above 0 and below 1, got %1</source>
        <translation>fulcrum: --holdout 需要大于 0 且小于 1 的小数，实际为 %1</translation>
    </message>
    <message>
        <source>fulcrum: compute needs exactly one scenario file (see fulcrum --help)</source>
        <translation>fulcrum: compute 需要恰好一个场景文件（参见 fulcrum --help）</translation>
    </message>
    <message>
        <source>fulcrum: export needs exactly one scenario file (see fulcrum --help)</source>
        <translation>fulcrum: export 需要恰好一个场景文件（参见 fulcrum --help）</translation>
    </message>
    <message>
        <source>fulcrum: export needs at least one of --results, --alternatives, --projection</source>
        <translation>fulcrum: export 至少需要 --results、--alternatives、--projection 中的一个</translation>
    </message>
    <message>
        <source>fulcrum: only one export can go to standard output (-)</source>
        <translation>fulcrum: 只能有一项导出写到标准输出（-）</translation>
    </message>
    <message>
        <source>fulcrum: two exports would go to the same file %1</source>
        <translation>fulcrum: 两项导出将写入同一文件 %1</translation>
    </message>
    <message>
        <source>fulcrum: summary needs exactly one scenario file (see fulcrum --help)</source>
        <translation>fulcrum: summary 需要恰好一个场景文件（参见 fulcrum --help）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>fulcrum: report needs one scenario file and -o OUT.pdf (see fulcrum --help)</source>
        <translation>fulcrum: report 需要一个场景文件和 -o OUT.pdf（参见 fulcrum --help）</translation>
    </message>
    <message>
        <source>fulcrum: --page-size takes A4 or Letter, got %1</source>
        <translation>fulcrum: --page-size 只接受 A4 或 Letter，实际为 %1</translation>
    </message>
    <message>
        <source>fulcrum: cannot write %1: %2</source>
        <translation>fulcrum: 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>fulcrum: import-litellm needs exactly one LiteLLM price file</source>
        <translation>fulcrum: import-litellm 需要恰好一个 LiteLLM 价格文件</translation>
    </message>
    <message>
        <source>fulcrum: imported %1 chat models (skipped %2 entries that are not chat models and %3 without prices)</source>
        <translation>fulcrum: 已导入 %1 个对话模型（跳过 %2 个非对话模型条目和 %3 个无价格条目）</translation>
    </message>
    <message>
        <source>fulcrum: calibrate needs at least one latency log (see fulcrum --help)</source>
        <translation>fulcrum: calibrate 至少需要一个延迟日志（参见 fulcrum --help）</translation>
    </message>
    <message>
        <source>fulcrum: %1: named more than once; its runs are counted once</source>
        <translation>fulcrum: %1：被指定了多次；其运行记录只计一次</translation>
    </message>
    <message>
        <source>%1 on %2 held-out runs: mape %3 %, e2e_p50_s %4, e2e_p90_s %5</source>
        <translation>%1，基于 %2 次留出集运行：mape %3%，e2e_p50_s %4，e2e_p90_s %5</translation>
    </message>
    <message>
        <source>e2e_p50_s and e2e_p90_s: the median and 90th percentile of |predicted − measured| end-to-end latency; mape: the median absolute percentage error.</source>
        <translation>e2e_p50_s 和 e2e_p90_s：|预测值 − 实测值| 端到端延迟的中位数和第 90 百分位数；mape：绝对百分比误差的中位数。</translation>
    </message>
    <message>
        <source>%1: %2, %3 runs, %4 failed and skipped, run %5</source>
        <translation>%1：%2，%3 次运行，%4 次失败并跳过，运行于 %5</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>fulcrum: no model in the logs has runs to fit</source>
        <translation>fulcrum: 日志中没有任何模型有可供拟合的运行记录</translation>
    </message>
    <message>
        <source>fulcrum: unknown command or option %1</source>
        <translation>fulcrum: 未知命令或选项 %1</translation>
    </message>
    <message>
        <source>fulcrum: no display to open the workbench on; without one use &apos;fulcrum compute FILE&apos; (see &apos;fulcrum --help&apos;)
</source>
        <translation>fulcrum: 没有可用于打开工作台的显示器；无显示环境时请使用 &apos;fulcrum compute FILE&apos;（参见 &apos;fulcrum --help&apos;）
</translation>
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
  fulcrum report FILE -o OUT.pdf [--page-size A4|Letter] [--catalog C] [--samples N] [--seed S]
                                          write the PDF business-case report (no display needed);
                                          its uncertainty section samples N times with seed S
                                          (as compute: default 20000 and 1)
  fulcrum export FILE [--catalog C] [--results OUT.json]
                 [--alternatives OUT.csv] [--projection OUT.csv]
                                          write the results as compute prints them, the ranked
                                          alternatives and the monthly projection (- is stdout)
  fulcrum import-litellm FILE [-o OUT] [--as-of YYYY-MM-DD]
                                          turn a LiteLLM price file into a Fulcrum catalog
  fulcrum calibrate LOG... [--holdout F] [--json]
                                          fit the latency model to measured runs (llmperf, vLLM or CSV)
  fulcrum --version | --help

--lang ru|zh_CN|en, with any command, writes its messages and the report in that language
(English by default); the JSON and CSV output stay as they are.
--catalog takes a Fulcrum catalog or a LiteLLM price file (its prices replace the built-in ones).
Exit codes: 0 success, 1 invalid or unreadable input (the field is named on stderr), 2 bad usage.
</source>
        <translation>用法：
  fulcrum [FILE]                          在工作台中打开 FILE（不指定 FILE 时打开内置示例）
  fulcrum compute FILE [--catalog C] [--top N] [--compact] [--samples N] [--seed S]
                                          以 JSON 输出场景的所有数据；--samples 和 --seed
                                          会增加一个 &quot;uncertainty&quot; 块：对场景中的区间进行
                                          蒙特卡洛模拟（N 取 1 到 1000000，默认 20000；S 为
                                          64 位随机种子，默认 1：S 相同则结果相同）
  fulcrum summary FILE [--catalog C]      用几句话输出关键数据
  fulcrum report FILE -o OUT.pdf [--page-size A4|Letter] [--catalog C] [--samples N] [--seed S]
                                          生成 PDF 商业论证报告（无需显示器）；其中的
                                          不确定性部分以随机种子 S 抽样 N 次（与 compute
                                          相同：默认 20000 和 1）
  fulcrum export FILE [--catalog C] [--results OUT.json]
                 [--alternatives OUT.csv] [--projection OUT.csv]
                                          写出结果（与 compute 的输出相同）、排序后的
                                          替代方案和每月预测（- 表示标准输出）
  fulcrum import-litellm FILE [-o OUT] [--as-of YYYY-MM-DD]
                                          将 LiteLLM 价格文件转换为 Fulcrum 价格目录
  fulcrum calibrate LOG... [--holdout F] [--json]
                                          用实测运行数据拟合延迟模型（llmperf、vLLM 或 CSV）
  fulcrum --version | --help

--lang ru|zh_CN|en 可用于任何命令，以该语言输出消息和报告（默认为英语）；
JSON 和 CSV 输出保持不变。
--catalog 接受 Fulcrum 价格目录或 LiteLLM 价格文件（其价格将替换内置价格）。
退出码：0 成功，1 输入无效或无法读取（出错字段会在 stderr 中注明），2 用法错误。
</translation>
    </message>
    <message>
        <source>fulcrum: --lang takes ru, zh_CN or en, got %1</source>
        <translation>fulcrum: --lang 只接受 ru、zh_CN 或 en，实际为 %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>must be a %1, got a %2</source>
        <translation>必须是%1，实际为%2</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>为必填项，但缺失</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数值</translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation>必须 ≥ 0，实际为 %1</translation>
    </message>
    <message>
        <source>must be &gt; 0, got %1</source>
        <translation>必须 &gt; 0，实际为 %1</translation>
    </message>
    <message>
        <source>must be between 0 and 1, got %1</source>
        <translation>必须介于 0 和 1 之间，实际为 %1</translation>
    </message>
    <message>
        <source>must be ≥ %1, got %2</source>
        <translation>必须 ≥ %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be ≤ %1, got %2</source>
        <translation>必须 ≤ %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;: it is neither in the catalog nor in the scenario&apos;s models</source>
        <translation>未知模型“%1”：既不在价格目录中，也不在场景的模型中</translation>
    </message>
    <message>
        <source>no step is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的步骤</translation>
    </message>
    <message>
        <source>another step is already named &quot;%1&quot;</source>
        <translation>已有另一个步骤名为“%1”</translation>
    </message>
    <message>
        <source>steps wait for each other in a cycle (%1)</source>
        <translation>步骤之间存在循环等待（%1）</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (one of %2)</source>
        <translation>未知服务层级 &quot;%1&quot;（可选值：%2）</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier</source>
        <translation>%1 不提供 %2 服务层级</translation>
    </message>
    <message>
        <source>the file was written by a newer Fulcrum (format version %1; this one reads up to %2)</source>
        <translation>该文件由更新版本的 Fulcrum 写入（格式版本 %1；当前版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got %1</source>
        <translation>必须是 ≥ 1 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded</source>
        <translation>格式版本 %1 无法升级</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>值为 &quot;%1&quot;，应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the pipeline has no steps</source>
        <translation>流水线中没有步骤</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (one of %2)</source>
        <translation>未知分布 &quot;%1&quot;（可选值：%2）</translation>
    </message>
    <message>
        <source>a log-normal range needs its median and exactly one of p10 and p90</source>
        <translation>对数正态区间需要中位数，以及 p10 和 p90 中的恰好一个</translation>
    </message>
    <message>
        <source>the range is out of order (it needs low ≤ likely ≤ high, or p10 &lt; median &lt; p90)</source>
        <translation>区间顺序有误（需满足 low ≤ likely ≤ high，或 p10 &lt; median &lt; p90）</translation>
    </message>
    <message>
        <source>a success is worth nothing and a failure costs nothing: there is no case to break even on</source>
        <translation>成功没有价值，失败也没有成本：不存在可计算盈亏平衡的商业论证</translation>
    </message>
    <message>
        <source>the scenario already defines model &quot;%1&quot;</source>
        <translation>场景已定义了模型“%1”</translation>
    </message>
    <message>
        <source>the model offers no tier: give prices for at least one</source>
        <translation>该模型未提供任何服务层级：请至少为一个层级给出价格</translation>
    </message>
    <message>
        <source>the slowest speed (%1 tokens/s) cannot be faster than the typical one (%2)</source>
        <translation>最慢速度（%1 token/秒）不能快于典型速度（%2）</translation>
    </message>
    <message>
        <source>no eval result for %1: its accuracy is assumed to be the target, %2</source>
        <translation>%1 没有评测结果：假定其准确率等于目标准确率 %2</translation>
    </message>
    <message>
        <source>%1 has no latency figures: the pipeline&apos;s latency is unknown</source>
        <translation>%1 没有延迟数据：流水线的延迟未知</translation>
    </message>
    <message>
        <source>%1 tokens do not fit %2&apos;s context window of %3</source>
        <translation>%1 个 token 超出了 %2 的上下文窗口（%3）</translation>
    </message>
    <message>
        <source>%1 generated tokens exceed %2&apos;s maximum output of %3</source>
        <translation>生成的 %1 个 token 超出了 %2 的最大输出（%3）</translation>
    </message>
    <message>
        <source>%1 has no prompt caching: nothing is cached</source>
        <translation>%1 不支持提示词缓存：不缓存任何内容</translation>
    </message>
    <message>
        <source>a prefix of %1 tokens is below %2&apos;s caching minimum of %3: nothing is cached</source>
        <translation>%1 个 token 的前缀低于 %2 的缓存下限 %3：不缓存任何内容</translation>
    </message>
    <message>
        <source>%1&apos;s cache lifetime is unknown, so the hit rate cannot be derived from traffic (0 is used)</source>
        <translation>%1 的缓存有效期未知，因此无法根据流量推算缓存命中率（按 0 计）</translation>
    </message>
    <message>
        <source>the break-even accuracy is %1: the case never breaks even</source>
        <translation>盈亏平衡准确率为 %1：该商业论证永远无法达到盈亏平衡</translation>
    </message>
    <message>
        <source>not a latency log: expected llmperf&apos;s individual responses (a JSON list), the result of vllm bench serve --save-result (a JSON object with &quot;ttfts&quot;) or a CSV with the header model,input_tokens,output_tokens,ttft_s,total_s</source>
        <translation>不是延迟日志：应为 llmperf 的逐条响应（JSON 列表）、vllm bench serve --save-result 的结果（含 &quot;ttfts&quot; 的 JSON 对象），或表头为 model,input_tokens,output_tokens,ttft_s,total_s 的 CSV</translation>
    </message>
    <message>
        <source>has %1 entries but %2 has %3</source>
        <translation>有 %1 个条目，但 %2 有 %3 个</translation>
    </message>
    <message>
        <source>the request ends (%1 s) before its first token (%2 s)</source>
        <translation>请求结束时间（%1 秒）早于其首个 token 时间（%2 秒）</translation>
    </message>
    <message>
        <source>and %1 more errors</source>
        <translation>以及另外 %1 个错误</translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column (it needs model, input_tokens, output_tokens, ttft_s and total_s)</source>
        <translation>第 %1 行：表头缺少 &quot;%2&quot; 列（需要 model、input_tokens、output_tokens、ttft_s 和 total_s）</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): the value is missing</source>
        <translation>第 %1 行第 %2 列（%3）：缺少值</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &quot;%4&quot; is not a number</source>
        <translation>第 %1 行第 %2 列（%3）：&quot;%4&quot; 不是数字</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): must be ≥ 0, got %4</source>
        <translation>第 %1 行第 %2 列（%3）：必须 ≥ 0，实际为 %4</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4 is beyond any plausible value</source>
        <translation>第 %1 行第 %2 列（%3）：%4 超出任何合理取值</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): the request ends (%4 s) before its first token</source>
        <translation>第 %1 行第 %2 列（%3）：请求结束时间（%4 秒）早于其首个 token 时间</translation>
    </message>
    <message>
        <source>the held-out fraction must be at least 0 and below 1, got %1</source>
        <translation>留出集比例必须不小于 0 且小于 1，实际为 %1</translation>
    </message>
    <message>
        <source>%1: no successful runs to fit</source>
        <translation>%1：没有可供拟合的成功运行</translation>
    </message>
    <message>
        <source>%1: no run has two or more output tokens, so the time between tokens is unknown</source>
        <translation>%1：没有任何运行的输出 token 数达到两个或以上，因此 token 间隔时间未知</translation>
    </message>
    <message>
        <source>%1: the median time between tokens is 0 (the requests end with their first token: not streamed?), so the output speed is unknown</source>
        <translation>%1：token 间隔时间的中位数为 0（请求在首个 token 时即结束：未使用流式输出？），因此输出速度未知</translation>
    </message>
    <message>
        <source>%1: every run has the same input length, so TTFT is not fitted against input (b = 0)</source>
        <translation>%1：所有运行的输入长度相同，因此 TTFT 未针对输入长度进行拟合（b = 0）</translation>
    </message>
    <message>
        <source>%1 (the record starting on line %2)</source>
        <translation>%1（该记录从第 %2 行开始）</translation>
    </message>
    <message>
        <source>number</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>string</source>
        <comment>a JSON value&apos;s type: text in quotes</comment>
        <translation>字符串</translation>
    </message>
    <message>
        <source>object</source>
        <comment>a JSON value&apos;s type: {…}</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>list</source>
        <comment>a JSON value&apos;s type: […]</comment>
        <translation>列表</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>number or “auto”</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>数字或“auto”</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: “%3” cannot stand there</source>
        <translation>不是有效的 JSON：第 %1 行第 %2 列：此处不能出现“%3”</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: the file ends before the JSON does</source>
        <translation>不是有效的 JSON：第 %1 行第 %2 列：JSON 尚未结束，文件就已结束</translation>
    </message>
    <message>
        <source>must be a %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; range does not take this key; it takes %2</source>
        <translation>“%1”区间不接受此键；它接受 %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points, with their sign</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>InputLabel</name>
    <message>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>Peak-to-average</source>
        <translation>峰均比</translation>
    </message>
    <message>
        <source>Share that can wait (async)</source>
        <translation>可等待（异步）的比例</translation>
    </message>
    <message>
        <source>Value of a success</source>
        <translation>每次成功的价值</translation>
    </message>
    <message>
        <source>Cost of an escalation</source>
        <translation>每次升级的成本</translation>
    </message>
    <message>
        <source>Churn per failure</source>
        <translation>每次失败的客户流失率</translation>
    </message>
    <message>
        <source>Cost of a lost customer</source>
        <translation>流失一名客户的成本</translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation>每月固定成本</translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation>目标准确率</translation>
    </message>
    <message>
        <source>Network overhead</source>
        <translation>网络开销</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>static input tokens</source>
        <translation>静态输入 token</translation>
    </message>
    <message>
        <source>dynamic input tokens</source>
        <translation>动态输入 token</translation>
    </message>
    <message>
        <source>cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>distinct prefixes</source>
        <translation>不同前缀数</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>补全数</translation>
    </message>
    <message>
        <source>%1: time to first token</source>
        <translation>%1：首 token 延迟</translation>
    </message>
    <message>
        <source>%1: prefill speed</source>
        <translation>%1：预填充速度</translation>
    </message>
    <message>
        <source>%1: output speed</source>
        <translation>%1：输出速度</translation>
    </message>
    <message>
        <source>%1: output speed at the slowest hour</source>
        <translation>%1：最慢时段的输出速度</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>cached input price</source>
        <translation>缓存输入价格</translation>
    </message>
    <message>
        <source>cache write price</source>
        <translation>缓存写入价格</translation>
    </message>
    <message>
        <source>output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <source>reasoning price</source>
        <translation>推理价格</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>model: which price (tier)</comment>
        <translation>%1：%2（%3层级）</translation>
    </message>
    <message>
        <source>%1 step: %2</source>
        <comment>step name: field</comment>
        <translation>%1 步骤：%2</translation>
    </message>
    <message>
        <source>Accuracy of %1</source>
        <translation>%1 的准确率</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Fulcrum business case · %1</source>
        <translation>Fulcrum 商业论证 · %1</translation>
    </message>
    <message>
        <source>Prices as of %1 · Fulcrum %2</source>
        <translation>价格截至 %1 · Fulcrum %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the scenario has errors; fix them before writing a report</source>
        <translation>场景存在错误；请先修正再生成报告</translation>
    </message>
    <message>
        <source>the report needs a QApplication (it draws the workbench&apos;s charts)</source>
        <translation>生成报告需要 QApplication（用于绘制工作台的图表）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>accuracy unmeasured</source>
        <translation>准确率未测量</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation>低于盈亏平衡</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>context too long</source>
        <translation>上下文过长</translation>
    </message>
    <message>
        <source>Business case for an LLM feature</source>
        <translation>LLM 功能的商业论证</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation>场景文件</translation>
    </message>
    <message>
        <source>Fulcrum version</source>
        <translation>Fulcrum 版本</translation>
    </message>
    <message>
        <source>Price catalog as of</source>
        <translation>价格目录截至</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>each request costs more than a success is worth</source>
        <translation>每次请求的成本高于一次成功的价值</translation>
    </message>
    <message>
        <source>%1 at %2 accuracy</source>
        <translation>准确率 %2 时为 %1</translation>
    </message>
    <message>
        <source>never with the fixed costs</source>
        <translation>计入固定成本后无法达到</translation>
    </message>
    <message>
        <source>%1 with the fixed costs</source>
        <translation>计入固定成本后为 %1</translation>
    </message>
    <message>
        <source>Break-even accuracy</source>
        <translation>盈亏平衡准确率</translation>
    </message>
    <message>
        <source>never</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>每月净收益（%1）</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>每次请求 %1</translation>
    </message>
    <message>
        <source>LLM cost per month (%1)</source>
        <translation>每月 LLM 成本（%1）</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>每次请求 %1</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 at the slowest hour, budget %2</source>
        <translation>最慢时段 %1，预算 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>all batch</source>
        <translation>全部批处理</translation>
    </message>
    <message>
        <source>a model on the path has no latency figures</source>
        <translation>路径上有模型没有延迟数据</translation>
    </message>
    <message>
        <source>no step waits for an answer</source>
        <translation>没有步骤需要等待应答</translation>
    </message>
    <message>
        <source>Notes on the figures:</source>
        <translation>数据说明：</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>Net value per month at each accuracy: the case breaks even where the line crosses zero. Markers show break-even, the target, the measured accuracy (with its 95 % interval) and people&apos;s accuracy.</source>
        <translation>各准确率下的每月净价值：曲线与零线相交处即为盈亏平衡点。标记分别表示盈亏平衡点、目标、实测准确率（含 95% 区间）和人工准确率。</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>每次请求成本</translation>
    </message>
    <message>
        <source>What one request costs, by step and by kind of token.</source>
        <translation>单次请求的成本，按步骤和 token 类型划分。</translation>
    </message>
    <message>
        <source>Cost over the horizon</source>
        <translation>预测期内的成本</translation>
    </message>
    <message>
        <source>The monthly LLM cost as traffic grows, the cumulative cost (right axis) and the cheapest feasible alternative&apos;s monthly cost.</source>
        <translation>随流量增长的每月 LLM 成本、累计成本（右轴），以及最便宜的可行替代方案的每月成本。</translation>
    </message>
    <message>
        <source>Latency along the pipeline</source>
        <translation>流水线各步骤的延迟</translation>
    </message>
    <message>
        <source>When each synchronous step starts and ends, split into network, queue, time to first token, prefill, reasoning and output, against the budget.</source>
        <translation>每个同步步骤的开始和结束时间，分为网络、排队、首 token 延迟、预填充、推理和输出，并与延迟预算对比。</translation>
    </message>
    <message>
        <source>Latency by answer length</source>
        <translation>延迟与回答长度</translation>
    </message>
    <message>
        <source>The pipeline&apos;s total latency as a step&apos;s output grows, typical (solid) and at the slowest hour (dashed), and the output each step can afford within the budget.</source>
        <translation>某一步骤的输出增长时流水线的总延迟：典型值（实线）和最慢时段（虚线），以及在预算内每个步骤可承受的输出量。</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>所有步骤</translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation>%1 步骤</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>替代方案</translation>
    </message>
    <message>
        <source>Every candidate model × tier × caching: cost per month against total latency, coloured by accuracy. Faded points miss the accuracy target or the budget; the line joins the Pareto front.</source>
        <translation>所有候选模型 × 服务层级 × 缓存的组合：每月成本与总延迟的对比，按准确率着色。淡色点未达到目标准确率或超出预算；连线为 Pareto 前沿。</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>最佳替代方案</translation>
    </message>
    <message>
        <source>Candidates for %1, ranked by net per month then cost; %2 of %3 shown. A feasible candidate meets the accuracy target, break-even and the latency budget.</source>
        <translation>%1的候选方案，先按每月净收益、再按成本排序；显示 %3 个中的 %2 个。可行候选需满足目标准确率、盈亏平衡和延迟预算。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>服务层级</translation>
    </message>
    <message>
        <source>Cost / month (%1)</source>
        <translation>成本/月（%1）</translation>
    </message>
    <message>
        <source>Saving / month (%1)</source>
        <translation>节省/月（%1）</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Net / month (%1)</source>
        <translation>净收益/月（%1）</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>%1 (as written)</source>
        <translation>%1（当前方案）</translation>
    </message>
    <message>
        <source>%1, cached</source>
        <translation>%1，启用缓存</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unmeasured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>No candidate in the catalog.</source>
        <translation>价格目录中没有候选。</translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation>速率限制余量</translation>
    </message>
    <message>
        <source>Peak use per minute (average traffic × the peak-to-average factor) against each model&apos;s limits, now and over the horizon.</source>
        <translation>每分钟峰值用量（平均流量 × 峰均比）与各模型限制的对比，包括当前及整个预测期。</translation>
    </message>
    <message>
        <source>Peak tokens / min</source>
        <translation>峰值 token/分钟</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Peak requests / min</source>
        <translation>峰值请求/分钟</translation>
    </message>
    <message>
        <source>Over the limit from</source>
        <translation>超限起始</translation>
    </message>
    <message>
        <source>no limit stated</source>
        <translation>未声明限制</translation>
    </message>
    <message>
        <source>never in the horizon</source>
        <translation>预测期内不会</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Every step runs on the batch tier: requests are queued, so per-minute rate limits do not bind.</source>
        <translation>所有步骤均使用批处理层级：请求会排队，因此每分钟速率限制不构成约束。</translation>
    </message>
    <message>
        <source>No model of the pipeline states a rate limit.</source>
        <translation>流水线中没有模型声明速率限制。</translation>
    </message>
    <message>
        <source>Assumptions: traffic and business case</source>
        <translation>假设：流量与商业论证</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Peak-to-average traffic</source>
        <translation>流量峰均比</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Asynchronous share (batch)</source>
        <translation>异步请求占比（批处理）</translation>
    </message>
    <message>
        <source>Network overhead per call</source>
        <translation>每次调用的网络开销</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流式输出</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Value per success</source>
        <translation>每次成功的价值</translation>
    </message>
    <message>
        <source>Cost per escalation</source>
        <translation>每次升级（转人工）的成本</translation>
    </message>
    <message>
        <source>Churn rate per failure</source>
        <translation>每次失败的客户流失率</translation>
    </message>
    <message>
        <source>Cost per churned customer</source>
        <translation>每位流失客户的成本</translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation>每月固定成本</translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation>目标准确率</translation>
    </message>
    <message>
        <source>People&apos;s accuracy</source>
        <translation>人工准确率</translation>
    </message>
    <message>
        <source>Cost of a failure</source>
        <translation>失败成本</translation>
    </message>
    <message>
        <source>Assumptions: the pipeline</source>
        <translation>假设：流水线</translation>
    </message>
    <message>
        <source>Token counts are averages per call; the cache hit rate is the share of the static prefix read from the prompt cache (&quot;auto&quot;: derived from the traffic and the cache&apos;s lifetime).</source>
        <translation>token 数为每次调用的平均值；缓存命中率是静态前缀中从提示词缓存读取的比例（&quot;auto&quot;：根据流量和缓存有效期推算）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Static in</source>
        <translation>静态输入</translation>
    </message>
    <message>
        <source>Dynamic in</source>
        <translation>动态输入</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>After</source>
        <translation>前置步骤</translation>
    </message>
    <message>
        <source>auto: %1</source>
        <translation>auto：%1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Each step&apos;s cost per request and, on the synchronous path, when it starts and ends (typical), the wait for its first token per call and how many output tokens per call the budget affords it, the other steps as they are.</source>
        <translation>每个步骤的每次请求成本；对于同步路径上的步骤，还列出其开始和结束时间（典型值）、每次调用等待首个 token 的时间，以及在其他步骤不变时预算允许其每次调用输出的 token 数。</translation>
    </message>
    <message>
        <source>Cost / request (%1)</source>
        <translation>成本/请求（%1）</translation>
    </message>
    <message>
        <source>Start – end</source>
        <translation>开始 – 结束</translation>
    </message>
    <message>
        <source>First token per call</source>
        <translation>每次调用首 token</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Affordable output tokens</source>
        <translation>可承受输出 token</translation>
    </message>
    <message>
        <source>off the synchronous path</source>
        <translation>不在同步路径上</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assumptions: measured accuracy</source>
        <translation>假设：实测准确率</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确数</translation>
    </message>
    <message>
        <source>the scenario&apos;s own entry: %1</source>
        <translation>场景自带条目：%1</translation>
    </message>
    <message>
        <source>Prices used</source>
        <translation>所用价格</translation>
    </message>
    <message>
        <source>In %1 per million tokens, for the pipeline&apos;s models and the alternatives shown. &quot;input&quot; means the token kind is billed at the plain input price; reasoning without a price of its own is billed as output.</source>
        <translation>单位：%1/百万 token，涵盖流水线所用模型及所列替代方案。“输入”表示该类 token 按普通输入价格计费；没有单独定价的推理 token 按输出价格计费。</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>As of · source</source>
        <translation>截至日期 · 来源</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <source>Latency figures used</source>
        <translation>所用延迟数据</translation>
    </message>
    <message>
        <source>Time to first token and output speed (tokens per second), typical and at the slowest hour, with the tiers&apos; queueing; from public measurements unless the scenario overrides them.</source>
        <translation>首 token 延迟（TTFT）和输出速度（token/秒），包括典型值和最慢时段，以及各服务层级的排队时间；除非场景中覆盖，否则均来自公开测量数据。</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>Prefill tok/s</source>
        <translation>预填充 token/秒</translation>
    </message>
    <message>
        <source>Slowest tok/s</source>
        <translation>最慢 token/秒</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Over %1 samples of its uncertain inputs the case breaks even with probability %2, and the month nets at least 0 after fixed costs with probability %3.</source>
        <translation>对不确定输入抽取 %1 个样本，该商业论证达到盈亏平衡的概率为 %2，扣除固定成本后当月净收益不低于 0 的概率为 %3。</translation>
    </message>
    <message>
        <source>Over %1 samples of its uncertain inputs the case breaks even with probability %2.</source>
        <translation>对不确定输入抽取 %1 个样本，该商业论证达到盈亏平衡的概率为 %2。</translation>
    </message>
    <message>
        <source>Beta(%1, %2) posterior</source>
        <translation>Beta(%1, %2) 后验</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation>对数正态</translation>
    </message>
    <message>
        <source>eval: %1 of %2 correct</source>
        <translation>评测：%2 个中 %1 个正确</translation>
    </message>
    <message>
        <source>median %1, p90 %2</source>
        <translation>中位数 %1，p90 %2</translation>
    </message>
    <message>
        <source>median %1, p10 %2</source>
        <translation>中位数 %1，p10 %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Every figure in this report is a point estimate: no input is written as a range and the measured accuracy has no eval size, so there is no spread to show. Write ranges (triangular, PERT or log-normal) in the scenario file to see how sure the case is.</source>
        <translation>本报告中的所有数据均为点估计：没有输入写成区间，且实测准确率没有评测样本数，因此没有可展示的分布范围。请在场景文件中写入区间（三角分布、PERT 或对数正态），以查看该商业论证的把握有多大。</translation>
    </message>
    <message>
        <source>The figures below come from %1 samples (seed %2): every uncertain input is drawn from its range at once, the others stay as written, and each sample is computed as the point figures are.</source>
        <translation>以下数据来自 %1 个样本（随机种子 %2）：每个样本同时从各不确定输入的区间中抽取取值，其他输入保持原值，并按与点值相同的方式计算。</translation>
    </message>
    <message>
        <source>The case breaks even in %1 of the samples, and the pipeline answers within the %2 budget in %3.</source>
        <translation>%1 的样本达到盈亏平衡，%3 的样本中流水线在 %2的延迟预算内完成应答。</translation>
    </message>
    <message>
        <source>The case breaks even in %1 of the samples.</source>
        <translation>%1 的样本达到盈亏平衡。</translation>
    </message>
    <message>
        <source>After %1 of fixed costs per month, net per month is at least 0 in %2.</source>
        <translation>扣除每月 %1 的固定成本后，%2 的样本每月净收益不低于 0。</translation>
    </message>
    <message>
        <source>Net per month is %1 at the median and between %2 (P5) and %3 (P95).</source>
        <translation>每月净收益的中位数为 %1，范围为 %2（P5）至 %3（P95）。</translation>
    </message>
    <message>
        <source>Net per month does not vary: %1.</source>
        <translation>每月净收益不随样本变化：%1。</translation>
    </message>
    <message>
        <source>The LLM cost per month is %1 at the median and between %2 (P5) and %3 (P95).</source>
        <translation>每月 LLM 成本的中位数为 %1，范围为 %2（P5）至 %3（P95）。</translation>
    </message>
    <message>
        <source>The LLM cost per month does not vary: %1.</source>
        <translation>每月 LLM 成本不随样本变化：%1。</translation>
    </message>
    <message>
        <source>The total latency is %1 at the median and between %2 (P5) and %3 (P95); its p90 is %4 and its p99 %5.</source>
        <translation>总延迟的中位数为 %1，范围为 %2（P5）至 %3（P95）；其 p90 为 %4，p99 为 %5。</translation>
    </message>
    <message>
        <source>The total latency does not vary: %1.</source>
        <translation>总延迟不随样本变化：%1。</translation>
    </message>
    <message>
        <source>The latency is unknown: a model on the path has no latency figures.</source>
        <translation>延迟未知：路径上有模型没有延迟数据。</translation>
    </message>
    <message>
        <source>What matters most for net per month: %1.</source>
        <translation>对每月净收益影响最大的是：%1。</translation>
    </message>
    <message>
        <source>What matters most for net per month: %1; for the latency: %2.</source>
        <translation>对每月净收益影响最大的是：%1；对延迟影响最大的是：%2。</translation>
    </message>
    <message>
        <source>Only the measured accuracy is uncertain here (its eval&apos;s Beta posterior): no input is written as a range.</source>
        <translation>此处只有实测准确率是不确定的（其评测的 Beta 后验）：没有输入写成区间。</translation>
    </message>
    <message>
        <source>Uncertain input</source>
        <translation>不确定输入</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原始写法</translation>
    </message>
    <message>
        <source>Point value</source>
        <translation>点值</translation>
    </message>
    <message>
        <source>Low – high</source>
        <translation>低 – 高</translation>
    </message>
    <message>
        <source>The point value is what the rest of the report uses. Low – high are the ends the tornado charts put each input at: as written for a triangular or PERT range, the 5th and 95th percentiles for a log-normal range or a posterior.</source>
        <translation>点值即报告其余部分所用的值。低 – 高为龙卷风图中各输入所取的两端：三角分布或 PERT 区间取文件中所写的两端，对数正态区间或后验分布取第 5 和第 95 百分位数。</translation>
    </message>
    <message>
        <source>Uncertainty: the spread of the outcomes</source>
        <translation>不确定性：结果的分布</translation>
    </message>
    <message>
        <source>How the samples spread, with P5, P50 and P95 marked, and break even (net 0) or the latency budget.</source>
        <translation>样本的分布情况，标出 P5、P50 和 P95，以及盈亏平衡点（净收益为 0）或延迟预算。</translation>
    </message>
    <message>
        <source>An outcome that does not vary in the samples gets no histogram.</source>
        <translation>在各样本中不变的结果不绘制直方图。</translation>
    </message>
    <message>
        <source>Uncertainty: what moves the figures</source>
        <translation>不确定性：哪些因素影响数据</translation>
    </message>
    <message>
        <source>Each uncertain input alone at its low and its high end, every other input at its point value: how far it moves net per month and the total latency from the point figures (the vertical line). The largest swing is on top.</source>
        <translation>每个不确定输入单独取其低端和高端值，其他输入均取点值：显示它使每月净收益和总延迟偏离点值（竖线）多少。变动最大的排在最上方。</translation>
    </message>
    <message>
        <source>No uncertain input moves the latency: there is no latency tornado.</source>
        <translation>没有不确定输入会影响延迟：因此没有延迟龙卷风图。</translation>
    </message>
    <message>
        <source>No uncertain input moves net per month: there is no tornado of it.</source>
        <translation>没有不确定输入会影响每月净收益：因此没有其龙卷风图。</translation>
    </message>
    <message>
        <source>What matters most for the latency: %1; no uncertain input moves net per month.</source>
        <translation>对延迟影响最大的是：%1；没有任何不确定输入会改变每月净收益。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two details of a headline figure</comment>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>an assumed %1 (no eval result)</source>
        <translation>假定的 %1（无评测结果）</translation>
    </message>
    <message>
        <source>%1 measured (95 % interval %2 to %3 on %4 examples)</source>
        <translation>实测 %1（95% 区间 %2 至 %3，基于 %4 个样本）</translation>
    </message>
    <message>
        <source>Break-even accuracy %1; at %2 the margin is %3 points.</source>
        <translation>盈亏平衡准确率为 %1；在%2时余量为 %3 个百分点。</translation>
    </message>
    <message>
        <source>Net %1 per month on %2 cases (%3 per case).</source>
        <translation>每月净收益 %1，基于 %2 次请求（每次请求 %3）。</translation>
    </message>
    <message>
        <source>LLM cost %1 per request, %2 per day, %3 per month; %4 over %5 months of growth.</source>
        <translation>LLM 成本：每次请求 %1，每天 %2，每月 %3；%5 个月增长期内为 %4。</translation>
    </message>
    <message>
        <source>Latency unknown: a model on the synchronous path has no latency figures.</source>
        <translation>延迟未知：同步路径上有模型没有延迟数据。</translation>
    </message>
    <message>
        <source>First token after %1, whole answer after %2 (%3 at the slowest hour) against a %4 budget: %5.</source>
        <translation>首 token 用时 %1，完整回答用时 %2（最慢时段 %3），延迟预算 %4：%5。</translation>
    </message>
    <message>
        <source>holds even at the slowest hour</source>
        <translation>即使在最慢时段也满足</translation>
    </message>
    <message>
        <source>holds typically, not at the slowest hour</source>
        <translation>通常满足，但最慢时段不满足</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source> with prompt caching</source>
        <translation> + 提示词缓存</translation>
    </message>
    <message>
        <source>No feasible alternative meets the accuracy target and the budget.</source>
        <translation>没有可行替代方案能同时满足目标准确率和预算。</translation>
    </message>
    <message>
        <source>At an assumed %1 accuracy (%2 has no eval result)</source>
        <translation>在假定准确率 %1 下（%2 无评测结果）</translation>
    </message>
    <message>
        <source>At %1 measured accuracy (±%2 points on %3 examples)</source>
        <translation>在实测准确率 %1 下（基于 %3 个样本，±%2 个百分点）</translation>
    </message>
    <message>
        <source>At %1 measured accuracy</source>
        <translation>在实测准确率 %1 下</translation>
    </message>
    <message>
        <source>nets %1 per month</source>
        <translation>每月净收益 %1</translation>
    </message>
    <message>
        <source>loses %1 per month</source>
        <translation>每月亏损 %1</translation>
    </message>
    <message>
        <source>%1 the case cannot break even: each request&apos;s LLM cost is more than a success is worth, and it %2.</source>
        <translation>%1，该商业论证无法达到盈亏平衡：每次请求的 LLM 成本高于一次成功的价值，并且%2。</translation>
    </message>
    <message>
        <source>%1 the case is %2 points above its %3 break-even and %4.</source>
        <translation>%1，该商业论证比其盈亏平衡点 %3 高 %2 个百分点，%4。</translation>
    </message>
    <message>
        <source>%1 the case is %2 points below its %3 break-even and %4.</source>
        <translation>%1，该商业论证比其盈亏平衡点 %3 低 %2 个百分点，%4。</translation>
    </message>
    <message>
        <source>With %1 of fixed costs per month no accuracy breaks even at this traffic.</source>
        <translation>每月固定成本为 %1 时，在当前流量下任何准确率都无法达到盈亏平衡。</translation>
    </message>
    <message>
        <source>With %1 of fixed costs per month the month breaks even at %2 accuracy (%3 points %4).</source>
        <translation>每月固定成本为 %1 时，准确率达到 %2 即可实现当月盈亏平衡（%4 %3 个百分点）。</translation>
    </message>
    <message>
        <source>above it</source>
        <translation>比其高</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>比其低</translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is %1.</source>
        <translation>鉴于评测样本数，真实准确率高于盈亏平衡点的概率为 %1。</translation>
    </message>
    <message>
        <source>Every step runs on the batch tier, so no user waits on the pipeline.</source>
        <translation>所有步骤均使用批处理层级，因此没有用户需要等待流水线。</translation>
    </message>
    <message>
        <source>The latency is unknown: a model on the synchronous path has no latency figures.</source>
        <translation>延迟未知：同步路径上有模型没有延迟数据。</translation>
    </message>
    <message>
        <source>The pipeline answers in %1 (%2 at the slowest hour) against a %3 budget, the first token after %4: %5.</source>
        <translation>流水线在 %1内完成应答（最慢时段 %2），延迟预算为 %3，首 token 用时 %4：%5。</translation>
    </message>
    <message>
        <source>the budget holds even at the slowest hour</source>
        <translation>即使在最慢时段也满足预算</translation>
    </message>
    <message>
        <source>the budget holds typically but not at the slowest hour</source>
        <translation>通常满足预算，但最慢时段不满足</translation>
    </message>
    <message>
        <source>The LLM costs %1 per request, %2 per month now and %3 over the %4-month horizon at %5 monthly growth.</source>
        <translation>LLM 成本为每次请求 %1，目前每月 %2，在 %4 个月预测期内按 %5 的月增长率为 %3。</translation>
    </message>
    <message>
        <source>%1 on the %2 tier</source>
        <translation>%1（%2服务层级）</translation>
    </message>
    <message>
        <source>%1 with prompt caching</source>
        <translation>%1并启用提示词缓存</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>所有步骤</translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation>%1 步骤</translation>
    </message>
    <message>
        <source>No alternative in the catalog meets the accuracy target, break-even and the budget.</source>
        <translation>价格目录中没有替代方案能同时满足目标准确率、盈亏平衡和延迟预算。</translation>
    </message>
    <message>
        <source>%1 is over its rate limit at peak traffic already.</source>
        <translation>%1 在峰值流量下已超出速率限制。</translation>
    </message>
    <message>
        <source>%1 reaches its rate limit at peak traffic in month %2.</source>
        <translation>%1 将在第 %2 个月的峰值流量下达到速率限制。</translation>
    </message>
    <message>
        <source>Best feasible alternative for %1: %2 on the %3 tier%4, saving %5 per month and netting %6 more.</source>
        <translation>%1 的最佳可行替代方案：%2（%3服务层级%4），每月节省 %5，净收益增加 %6。</translation>
    </message>
    <message>
        <source>Best feasible alternative for %1: %2 on the %3 tier%4, costing %5 more per month and netting %6 more.</source>
        <translation>%1 的最佳可行替代方案：%2（%3服务层级%4），每月多花 %5，净收益增加 %6。</translation>
    </message>
    <message>
        <source>No alternative that meets the accuracy target and the budget raises the net per month.</source>
        <translation>没有满足目标准确率和预算的替代方案能提高每月净收益。</translation>
    </message>
    <message>
        <source>Moving %1 to %2 would save %3 per month, raise the net by %4 per month and still meet the accuracy target, break-even and the budget.</source>
        <translation>将 %1切换到 %2，每月可节省 %3，每月净收益增加 %4，同时仍满足目标准确率、盈亏平衡和延迟预算。</translation>
    </message>
    <message>
        <source>Moving %1 to %2 would raise the net by %3 per month for %4 more in LLM cost, and still meet the accuracy target, break-even and the budget.</source>
        <translation>将 %1切换到 %2，每月净收益可增加 %3，LLM 成本每月多 %4，同时仍满足目标准确率、盈亏平衡和延迟预算。</translation>
    </message>
    <message>
        <source>No alternative that meets the accuracy target, break-even and the budget raises the net per month.</source>
        <translation>没有满足目标准确率、盈亏平衡和延迟预算的替代方案能提高每月净收益。</translation>
    </message>
    <message>
        <source>The cheapest alternative that also raises the net is %1: it saves %2 per month and nets %3 more.</source>
        <translation>同样能提高净收益的最便宜替代方案是 %1：每月节省 %2，净收益增加 %3。</translation>
    </message>
    <message>
        <source>The cheapest alternative that meets them, %1, would save %2 per month but net %3 less.</source>
        <translation>满足这些条件的最便宜替代方案是 %1，它每月可节省 %2，但净收益会减少 %3。</translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is over %1.</source>
        <translation>鉴于评测样本数，真实准确率高于盈亏平衡点的概率超过 %1。</translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is under %1.</source>
        <translation>鉴于评测样本数，真实准确率高于盈亏平衡点的概率低于 %1。</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesPanel</name>
    <message>
        <source>Filter by model or provider</source>
        <translation>按模型或提供商筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有服务层级</translation>
    </message>
    <message>
        <source>Feasible only</source>
        <translation>仅可行</translation>
    </message>
    <message>
        <source>Pareto front only</source>
        <translation>仅 Pareto 前沿</translation>
    </message>
    <message>
        <source>Only the candidates that no other beats on cost, latency and accuracy at once</source>
        <translation>仅显示没有其他候选能在成本、延迟和准确率上同时胜过的候选</translation>
    </message>
    <message>
        <source>With caching only</source>
        <translation>仅启用缓存</translation>
    </message>
    <message>
        <source>Which step&apos;s model the candidates replace</source>
        <translation>候选方案替换哪个步骤的模型</translation>
    </message>
    <message>
        <source>Candidates &amp;replace:</source>
        <translation>候选替换(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Switch the scenario to the selected candidate (undoable)</source>
        <translation>将场景切换为所选候选（可撤销）</translation>
    </message>
    <message>
        <source>Apply to the Scenario</source>
        <translation>应用到场景</translation>
    </message>
    <message>
        <source>Final step</source>
        <translation>最终步骤</translation>
    </message>
    <message>
        <source>Final step (%1)</source>
        <translation>最终步骤（%1）</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>所有步骤</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>步骤“%1”</translation>
    </message>
    <message>
        <source>No candidates: the scenario has errors.</source>
        <translation>无候选：场景存在错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n 个候选</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidates shown</source>
        <translation>
            <numerusform>已显示 %1 个，共 %n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>each replaces the model of every step</source>
        <translation>每个候选替换所有步骤的模型</translation>
    </message>
    <message>
        <source>each replaces the model of step “%1”</source>
        <translation>每个候选替换步骤“%1”的模型</translation>
    </message>
    <message>
        <source>%1; %2. Bold: the scenario as written.</source>
        <translation>%1；%2。粗体：当前场景。</translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesScatter</name>
    <message>
        <source>accuracy unmeasured</source>
        <translation>准确率未测量</translation>
    </message>
    <message>
        <source>below the target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation>低于盈亏平衡</translation>
    </message>
    <message>
        <source>over the latency budget</source>
        <translation>超出延迟预算</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>context window exceeded</source>
        <translation>超出上下文窗口</translation>
    </message>
    <message>
        <source>Cost per month (log scale)</source>
        <translation>每月成本（对数刻度）</translation>
    </message>
    <message>
        <source>Latency, total (s, log scale)</source>
        <translation>总延迟（秒，对数刻度）</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>Cost per month (%1, log scale)</source>
        <translation>每月成本（%1，对数刻度）</translation>
    </message>
    <message>
        <source>No alternatives in the catalog</source>
        <translation>价格目录中没有替代方案</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>每月成本（%1）</translation>
    </message>
    <message>
        <source>%1 (%2), %3, cached</source>
        <translation>%1（%2），%3，启用缓存</translation>
    </message>
    <message>
        <source>%1 (%2), %3, no caching</source>
        <translation>%1（%2），%3，无缓存</translation>
    </message>
    <message>
        <source>cost: %1 per month</source>
        <translation>成本：每月 %1</translation>
    </message>
    <message>
        <source>(saves %1)</source>
        <translation>（节省 %1）</translation>
    </message>
    <message>
        <source>latency: %1 (slowest hour %2)</source>
        <translation>延迟：%1（最慢时段 %2）</translation>
    </message>
    <message>
        <source>accuracy: %1 (assumed unchanged)</source>
        <translation>准确率：%1（假定不变）</translation>
    </message>
    <message>
        <source>accuracy: %1</source>
        <translation>准确率：%1</translation>
    </message>
    <message>
        <source>net per month: %1</source>
        <translation>每月净收益：%1</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>not feasible: %1</source>
        <translation>不可行：%1</translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation>位于帕累托前沿</translation>
    </message>
    <message>
        <source>the scenario as written</source>
        <translation>当前场景</translation>
    </message>
    <message>
        <source>%1, %2, cached</source>
        <translation>%1，%2，缓存</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>above: latency unknown</source>
        <translation>上方：延迟未知</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>替代方案</translation>
    </message>
    <message>
        <source>faded: not feasible</source>
        <translation>淡色：不可行</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesTableModel</name>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation>低于盈亏平衡</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>accuracy unmeasured</source>
        <translation>准确率未测</translation>
    </message>
    <message>
        <source>context too small</source>
        <translation>上下文过小</translation>
    </message>
    <message>
        <source>Not feasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unmeasured</source>
        <translation>未测</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（不变）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>The scenario as written</source>
        <translation>当前场景</translation>
    </message>
    <message>
        <source>With prompt caching</source>
        <translation>启用提示词缓存</translation>
    </message>
    <message>
        <source>Without prompt caching</source>
        <translation>不启用提示词缓存</translation>
    </message>
    <message>
        <source>Cheaper than the scenario by this much per month</source>
        <translation>每月比当前场景便宜的金额</translation>
    </message>
    <message>
        <source>Dearer than the scenario by this much per month</source>
        <translation>每月比当前场景贵的金额</translation>
    </message>
    <message>
        <source>A model on the synchronous path has no latency figures</source>
        <translation>同步路径上有模型缺少延迟数据</translation>
    </message>
    <message>
        <source>First token after %1; whole answer after %2 (%3 at the slowest hour)</source>
        <translation>首 token 于 %1 后输出；完整回答于 %2 后完成（最慢时段 %3）</translation>
    </message>
    <message>
        <source>An earlier step changes: the final step&apos;s accuracy is assumed unchanged</source>
        <translation>前面的步骤有变更：假定最后一步的准确率不变</translation>
    </message>
    <message>
        <source>No eval result for %1</source>
        <translation>%1 没有评测结果</translation>
    </message>
    <message>
        <source>No eval result: the target accuracy is assumed</source>
        <translation>无评测结果：假定为目标准确率</translation>
    </message>
    <message>
        <source>From the eval of %1</source>
        <translation>来自 %1 的评测</translation>
    </message>
    <message>
        <source>Break-even accuracy %1: no accuracy breaks even</source>
        <translation>盈亏平衡准确率 %1：任何准确率都无法盈亏平衡</translation>
    </message>
    <message>
        <source>The accuracy at which the feature pays for itself</source>
        <translation>该功能收回成本所需的准确率</translation>
    </message>
    <message>
        <source>Unknown without an eval result for %1</source>
        <translation>%1 无评测结果，无法得知</translation>
    </message>
    <message>
        <source>Accurate enough and within the latency budget</source>
        <translation>准确率足够且在延迟预算内</translation>
    </message>
    <message>
        <source>On the Pareto front: no other candidate is cheaper, faster and more accurate at once</source>
        <translation>位于帕累托前沿：没有其他候选能同时更便宜、更快且更准确</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>服务层级</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Cost
per month</source>
        <translation>每月
成本</translation>
    </message>
    <message>
        <source>Saving
per month</source>
        <translation>每月
节省</translation>
    </message>
    <message>
        <source>Latency
(typical)</source>
        <translation>延迟
（典型）</translation>
    </message>
    <message>
        <source>Latency
(slowest)</source>
        <translation>延迟
（最慢）</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>Net
per month</source>
        <translation>每月
净收益</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <source>Ranked by net per month, then by cost</source>
        <translation>按每月净收益排序，其次按成本</translation>
    </message>
    <message>
        <source>The pipeline&apos;s whole answer at typical speed</source>
        <translation>流水线在典型速度下的完整回答时间</translation>
    </message>
    <message>
        <source>The pipeline&apos;s whole answer at the provider&apos;s busiest hour</source>
        <translation>流水线在提供商最繁忙时段的完整回答时间</translation>
    </message>
    <message>
        <source>The final step&apos;s eval accuracy</source>
        <translation>最后一步的评测准确率</translation>
    </message>
    <message>
        <source>The accuracy needed to break even at this cost</source>
        <translation>在此成本下实现盈亏平衡所需的准确率</translation>
    </message>
    <message>
        <source>Feasible: accuracy at least the target and break-even, latency within budget</source>
        <translation>可行：准确率不低于目标和盈亏平衡点，且延迟在预算内</translation>
    </message>
    <message>
        <source>On the front of cost × latency × accuracy</source>
        <translation>位于成本 × 延迟 × 准确率的前沿上</translation>
    </message>
</context>
<context>
    <name>fulcrum::BusinessCaseChart</name>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>每月净收益（%1）</translation>
    </message>
    <message>
        <source>net per month</source>
        <translation>每月净收益</translation>
    </message>
    <message>
        <source>Net per month
at %1 accuracy: %2</source>
        <translation>准确率 %1 时
每月净收益：%2</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>盈利</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>亏损</translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation>盈亏平衡 %1</translation>
    </message>
    <message>
        <source>Break-even accuracy: %1
below it the feature loses money</source>
        <translation>盈亏平衡准确率：%1
低于此值功能将亏损</translation>
    </message>
    <message>
        <source>per case %1</source>
        <translation>每次请求 %1</translation>
    </message>
    <message>
        <source>Break-even accuracy per case, before fixed costs: %1</source>
        <translation>单次盈亏平衡准确率（未计固定成本）：%1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Target accuracy: %1
net per month: %2</source>
        <translation>目标准确率：%1
每月净收益：%2</translation>
    </message>
    <message>
        <source>Accuracy assumed (no eval of %1): %2</source>
        <translation>假定准确率（%1 无评测）：%2</translation>
    </message>
    <message>
        <source>Measured accuracy of %1: %2</source>
        <translation>%1 的实测准确率：%2</translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2 (%3 examples)</source>
        <translation>95% 区间：%1 – %2（%3 个样例）</translation>
    </message>
    <message>
        <source>chance it is above break-even: %1</source>
        <translation>高于盈亏平衡的概率：%1</translation>
    </message>
    <message>
        <source>net per month: %1</source>
        <translation>每月净收益：%1</translation>
    </message>
    <message>
        <source>assumed %1</source>
        <translation>假定 %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>实测 %1</translation>
    </message>
    <message>
        <source>human %1</source>
        <translation>人工 %1</translation>
    </message>
    <message>
        <source>Human accuracy: %1
net per month at it: %2</source>
        <translation>人工准确率：%1
此时每月净收益：%2</translation>
    </message>
    <message>
        <source>measured, 95 % interval</source>
        <translation>实测，95% 区间</translation>
    </message>
    <message>
        <source>Never breaks even: the break-even accuracy would be %1</source>
        <translation>永远无法盈亏平衡：盈亏平衡准确率需为 %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationPanel</name>
    <message>
        <source>&amp;Import Latency Logs…</source>
        <translation>导入延迟日志(&amp;I)…</translation>
    </message>
    <message>
        <source>llmperf *_individual_responses.json, vllm bench serve --save-result JSON, or a CSV with model,input_tokens,output_tokens,ttft_s,total_s</source>
        <translation>llmperf *_individual_responses.json、vllm bench serve --save-result 生成的 JSON，或包含 model,input_tokens,output_tokens,ttft_s,total_s 列的 CSV</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>Share of each model&apos;s runs kept out of the fit to test it (every k-th run)</source>
        <translation>每个模型留出不参与拟合、用于检验的运行占比（每隔 k 次取一次）</translation>
    </message>
    <message>
        <source>Hol&amp;d out</source>
        <translation>留出(&amp;D)</translation>
    </message>
    <message>
        <source>a model of the catalog or the scenario</source>
        <translation>价格目录或场景中的模型</translation>
    </message>
    <message>
        <source>Selected fit&apos;s latency &amp;goes into</source>
        <translation>所选拟合的延迟写入(&amp;G)</translation>
    </message>
    <message>
        <source>Appl&amp;y to Catalog</source>
        <translation>应用到价格目录(&amp;Y)</translation>
    </message>
    <message>
        <source>Write the fitted TTFT, prefill and output speeds into the scenario&apos;s figures for this model, dated by the run (one undoable edit)</source>
        <translation>将拟合出的 TTFT、预填充速度和输出速度写入场景中该模型的数据，并标注运行日期（可一次撤销）</translation>
    </message>
    <message>
        <source>%1 — %2, %3 runs, %4 failed and skipped, run %5</source>
        <translation>%1 — %2，%3 次运行，%4 次失败已跳过，运行于 %5</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>No latency log imported. Import your own measurements to fit TTFT and output speed to them and see how well the model predicts.</source>
        <translation>尚未导入延迟日志。导入您自己的测量数据，以据此拟合 TTFT 和输出速度，并查看模型的预测准确程度。</translation>
    </message>
    <message>
        <source>This fit has no runs with two or more output tokens: nothing to apply</source>
        <translation>该拟合中没有输出 token 数不少于 2 的运行：无可应用内容</translation>
    </message>
    <message>
        <source>Choose a model of the catalog or the scenario to write the latency into</source>
        <translation>请选择价格目录或场景中的模型，以写入延迟数据</translation>
    </message>
    <message>
        <source>Write the fitted TTFT, prefill and output speeds into the scenario&apos;s figures for %1, dated by the run (one undoable edit)</source>
        <translation>将拟合出的 TTFT、预填充速度和输出速度写入场景中 %1 的数据，并标注运行日期（可一次撤销）</translation>
    </message>
    <message>
        <source> %</source>
        <comment>the held-out share&apos;s unit</comment>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationScatter</name>
    <message>
        <source>Measured end-to-end latency (s)</source>
        <translation>实测端到端延迟（秒）</translation>
    </message>
    <message>
        <source>Predicted end-to-end latency (s)</source>
        <translation>预测端到端延迟（秒）</translation>
    </message>
    <message>
        <source>Import a latency log to compare predicted and measured latency</source>
        <translation>导入延迟日志以比较预测延迟与实测延迟</translation>
    </message>
    <message>
        <source>%1, held out</source>
        <translation>%1，留出集</translation>
    </message>
    <message>
        <source>%1
measured %2, predicted %3</source>
        <translation>%1
实测 %2，预测 %3</translation>
    </message>
    <message>
        <source>predicted = measured</source>
        <translation>预测 = 实测</translation>
    </message>
    <message>
        <source>Predicted = measured: points above were predicted slower</source>
        <translation>预测 = 实测：上方的点预测偏慢</translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationTableModel</name>
    <message>
        <source>TTFT = %1 + %2 s per input token</source>
        <translation>TTFT = %1 + 每个输入 token %2 秒</translation>
    </message>
    <message>
        <source>Every run had the same input length: the median TTFT, not fitted against input</source>
        <translation>所有运行的输入长度相同：取 TTFT 中位数，未按输入拟合</translation>
    </message>
    <message numerus="yes">
        <source>Predicted against measured end-to-end latency on the %n fitted runs</source>
        <translation>
            <numerusform>在 %n 次拟合运行上的预测与实测端到端延迟对比</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out runs the fit did not see</source>
        <translation>
            <numerusform>在拟合未使用的 %n 次留出运行上</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs held out</source>
        <translation>未留出任何运行</translation>
    </message>
    <message>
        <source>Run date unknown</source>
        <translation>运行日期未知</translation>
    </message>
    <message>
        <source>Run on %1</source>
        <translation>运行于 %1</translation>
    </message>
    <message>
        <source>not varied</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>a: the time to first token before input is counted (the median of TTFT − b × input)</source>
        <translation>a：计入输入前的首 token 延迟（TTFT − b × 输入的中位数）</translation>
    </message>
    <message>
        <source>1 / b, where TTFT = a + b × input tokens, fitted by non-negative least squares</source>
        <translation>1 / b，其中 TTFT = a + b × 输入 token 数，用非负最小二乘法拟合</translation>
    </message>
    <message>
        <source>1 / the median time between tokens, (end-to-end − TTFT) / (output tokens − 1)</source>
        <translation>1 / token 间隔时间的中位数，即（端到端 − TTFT）/（输出 token 数 − 1）</translation>
    </message>
    <message>
        <source>1 / the 90th percentile of the time between tokens</source>
        <translation>1 / token 间隔时间的第 90 百分位数</translation>
    </message>
    <message>
        <source>Median absolute percentage error of the predicted end-to-end latency</source>
        <translation>预测端到端延迟的中位数绝对百分比误差</translation>
    </message>
    <message>
        <source>Model / endpoint</source>
        <translation>模型 / 端点</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Prefill tok/s</source>
        <translation>预填充 token/秒</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Slowest tok/s</source>
        <translation>最慢 token/秒</translation>
    </message>
    <message>
        <source>Error (median %)</source>
        <translation>误差（中位数 %）</translation>
    </message>
    <message>
        <source>Error p50</source>
        <translation>误差 p50</translation>
    </message>
    <message>
        <source>Error p90</source>
        <translation>误差 p90</translation>
    </message>
    <message>
        <source>Held-out error</source>
        <translation>留出集误差</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>fulcrum::CatalogPanel</name>
    <message>
        <source>Filter by id, provider or name</source>
        <translation>按 id、提供商或名称筛选</translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM File…</source>
        <translation>导入 LiteLLM 文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Update prices from LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation>从 LiteLLM 的 model_prices_and_context_window.json 更新价格</translation>
    </message>
    <message>
        <source>&amp;Revert to Catalog</source>
        <translation>恢复为价格目录值(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the scenario&apos;s own figures for the selected model</source>
        <translation>删除场景中所选模型的自定义数据</translation>
    </message>
    <message>
        <source>Revert to Catalog</source>
        <translation>恢复为价格目录值</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Catalog as of %1&lt;/b&gt; · %n models</source>
        <translation>
            <numerusform>&lt;b&gt;价格目录（截至 %1）&lt;/b&gt; · %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden by this scenario</source>
        <translation>
            <numerusform>%n 个被本场景覆盖</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added by this scenario</source>
        <translation>
            <numerusform>%n 个由本场景添加</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Prices in %1 per million tokens. Double-click a cell to edit it; an empty cell means “not offered” or “unknown”. Bold rows are this scenario&apos;s own.</source>
        <translation>价格单位为 %1/百万 token。双击单元格可编辑；空单元格表示“不提供”或“未知”。粗体行为本场景自有数据。</translation>
    </message>
</context>
<context>
    <name>fulcrum::CatalogTableModel</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>来源未知</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>As of %1; source: %2</source>
        <translation>截至 %1；来源：%2</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier. To offer it, type its input and output prices as “input / output”.</source>
        <translation>%1 不提供 %2 服务层级。如需提供，请按“输入 / 输出”格式输入其输入和输出价格。</translation>
    </message>
    <message>
        <source>No cache-write price: cache writes are billed as plain input</source>
        <translation>无缓存写入价格：缓存写入按普通输入计费</translation>
    </message>
    <message>
        <source>No price of its own: billed at the tier&apos;s plain input price</source>
        <translation>无单独价格：按该服务层级的普通输入价格计费</translation>
    </message>
    <message>
        <source>No latency figures: enter the output speed first</source>
        <translation>无延迟数据：请先输入输出速度</translation>
    </message>
    <message>
        <source>Unknown: input processing time is not modelled</source>
        <translation>未知：不对输入处理时间建模</translation>
    </message>
    <message>
        <source>Unknown: the typical speed is used</source>
        <translation>未知：使用典型速度</translation>
    </message>
    <message>
        <source>The scenario overrides the catalog&apos;s entry (Revert to catalog drops the override)</source>
        <translation>场景覆盖了价格目录中的条目（“恢复为价格目录值”会删除覆盖）</translation>
    </message>
    <message>
        <source>Defined by the scenario; not in the catalog</source>
        <translation>由场景定义；不在价格目录中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %2 price</source>
        <translation>%1 %2 价格</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Prompt-cache minimum</source>
        <translation>提示词缓存最小长度</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>缓存 TTL</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>预填充速度</translation>
    </message>
    <message>
        <source>Output speed</source>
        <translation>输出速度</translation>
    </message>
    <message>
        <source>Output speed at the slowest hour</source>
        <translation>最慢时段输出速度</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>最大输出</translation>
    </message>
    <message>
        <source>Tokens per minute limit</source>
        <translation>每分钟 token 限制</translation>
    </message>
    <message>
        <source>Requests per minute limit</source>
        <translation>每分钟请求数限制</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Prompt-cache
minimum</source>
        <translation>提示词缓存
最小长度</translation>
    </message>
    <message>
        <source>Cache
TTL (s)</source>
        <translation>缓存
TTL（秒）</translation>
    </message>
    <message>
        <source>TTFT
(s)</source>
        <translation>TTFT
（秒）</translation>
    </message>
    <message>
        <source>Prefill
(tokens/s)</source>
        <translation>预填充
（token/秒）</translation>
    </message>
    <message>
        <source>Output
(tokens/s)</source>
        <translation>输出
（token/秒）</translation>
    </message>
    <message>
        <source>Output at slowest
hour (tokens/s)</source>
        <translation>最慢时段输出
（token/秒）</translation>
    </message>
    <message>
        <source>Context
window</source>
        <translation>上下文
窗口</translation>
    </message>
    <message>
        <source>Max
output</source>
        <translation>最大
输出</translation>
    </message>
    <message>
        <source>Tokens/min
limit</source>
        <translation>token/分钟
限制</translation>
    </message>
    <message>
        <source>Requests/min
limit</source>
        <translation>请求数/分钟
限制</translation>
    </message>
    <message>
        <source>%1 tier: price of %2 tokens, %3 per million tokens (empty: not offered)</source>
        <translation>%1 服务层级：%2 token 的价格，%3/百万 token（空：不提供）</translation>
    </message>
    <message>
        <source>Static prefixes shorter than this many tokens are never cached</source>
        <translation>短于此 token 数的静态前缀永不缓存</translation>
    </message>
    <message>
        <source>Seconds a cached prefix stays warm after its last use</source>
        <translation>缓存前缀在最后一次使用后保持有效的秒数</translation>
    </message>
    <message>
        <source>Time to first token, seconds</source>
        <translation>首 token 延迟，秒</translation>
    </message>
    <message>
        <source>Input processing speed, tokens per second (empty: not modelled)</source>
        <translation>输入处理速度，token/秒（空：不建模）</translation>
    </message>
    <message>
        <source>Typical generation speed, tokens per second (empty: latency unknown)</source>
        <translation>典型生成速度，token/秒（空：延迟未知）</translation>
    </message>
    <message>
        <source>Generation speed at the provider&apos;s busiest hour, tokens per second</source>
        <translation>提供商最繁忙时段的生成速度，token/秒</translation>
    </message>
    <message>
        <source>Tokens of input and output one call can hold</source>
        <translation>单次调用可容纳的输入和输出 token 数</translation>
    </message>
    <message>
        <source>Most tokens one call can generate</source>
        <translation>单次调用最多可生成的 token 数</translation>
    </message>
    <message>
        <source>The account&apos;s rate limit (empty: unknown)</source>
        <translation>账户的速率限制（空：未知）</translation>
    </message>
    <message>
        <source>Whether the scenario overrides the catalog&apos;s entry or adds the model</source>
        <translation>场景是覆盖了价格目录中的条目还是新增了该模型</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier: to offer it, type its input and output prices together, as “input / output” (e.g. 1.25 / 5)</source>
        <translation>%1 不提供 %2 服务层级：如需提供，请按“输入 / 输出”格式同时输入其输入和输出价格（例如 1.25 / 5）</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier: give its input and output prices first</source>
        <translation>%1 不提供 %2 服务层级：请先填写其输入和输出价格</translation>
    </message>
    <message>
        <source>%1 has no latency figures: enter its output speed first</source>
        <translation>%1 没有延迟数据：请先输入其输出速度</translation>
    </message>
    <message>
        <source>the time to first token is needed while the output speed is known; clear the output speed to mark the latency unknown</source>
        <translation>已知输出速度时必须填写首 token 延迟；清除输出速度即可将延迟标记为未知</translation>
    </message>
    <message>
        <source>the column cannot be edited</source>
        <translation>该列不可编辑</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数值</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2 的 %1：%3</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation>，第 10 百分位 %1</translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation>，第 90 百分位 %1</translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation>最低 %1，最可能 %2，最高 %3</translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal), the Uncertainty tab samples it. Typing a number replaces the range.</source>
        <translation>区间（%1）；点估计结果使用其最可能值（对数正态分布取中位数），“不确定性”标签页对其抽样。输入一个数字即替换该区间。</translation>
    </message>
    <message>
        <source>takes a number, not a range</source>
        <translation>只接受数字，不接受区间</translation>
    </message>
</context>
<context>
    <name>fulcrum::ChartView</name>
    <message>
        <source>%1B</source>
        <translation>%1十亿</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1百万</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1千</translation>
    </message>
    <message>
        <source>stale — fix the marked input</source>
        <translation>已过期 — 请修正标记的输入</translation>
    </message>
    <message>
        <source>The chart shows no figures yet.</source>
        <translation>图表暂无数据。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported from Fulcrum</source>
        <translation>导出自 Fulcrum</translation>
    </message>
    <message>
        <source>Cannot write %1: the %2 could not be drawn.</source>
        <translation>无法写入 %1：无法绘制%2。</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy as Image</source>
        <translation>复制为图像(&amp;C)</translation>
    </message>
    <message>
        <source>Export Chart as %1</source>
        <translation>将图表导出为 %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Latency budget: %1</source>
        <translation>延迟预算：%1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::CostBreakdownChart</name>
    <message>
        <source>Cost per request (%1)</source>
        <translation>每次请求成本（%1）</translation>
    </message>
    <message>
        <source>No steps: nothing to cost</source>
        <translation>无步骤：无可计算成本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>whole request</source>
        <translation>整个请求</translation>
    </message>
    <message>
        <source>uncached input</source>
        <translation>未缓存输入</translation>
    </message>
    <message>
        <source>cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>cache writes</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>%1
%2: %3 per request</source>
        <translation>%1
%2：每次请求 %3</translation>
    </message>
</context>
<context>
    <name>fulcrum::CostProjectionChart</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>每月成本（%1）</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation>累计成本（%1）</translation>
    </message>
    <message>
        <source>No months to project: the horizon is empty</source>
        <translation>无可预测的月份：预测期为空</translation>
    </message>
    <message>
        <source>%1
month %2: %3</source>
        <translation>%1
第 %2 个月：%3</translation>
    </message>
    <message>
        <source>monthly cost, as written</source>
        <translation>每月成本，当前场景</translation>
    </message>
    <message>
        <source>Monthly cost, as written</source>
        <translation>每月成本，当前场景</translation>
    </message>
    <message>
        <source>cumulative cost, as written (right axis)</source>
        <translation>累计成本，当前场景（右轴）</translation>
    </message>
    <message>
        <source>Cumulative cost, as written</source>
        <translation>累计成本，当前场景</translation>
    </message>
    <message>
        <source>%1, %2, cached</source>
        <translation>%1，%2，缓存</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>monthly cost, cheapest feasible: %1 (saves %2 per month)</source>
        <translation>每月成本，最便宜的可行方案：%1（每月节省 %2）</translation>
    </message>
    <message>
        <source>Cheapest feasible alternative: %1</source>
        <translation>最便宜的可行替代方案：%1</translation>
    </message>
    <message>
        <source>No feasible alternative to compare with</source>
        <translation>没有可比较的可行替代方案</translation>
    </message>
</context>
<context>
    <name>fulcrum::EconomicsPanel</name>
    <message>
        <source>Business case</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>Value of a success:</source>
        <translation>每次成功的价值：</translation>
    </message>
    <message>
        <source>What one request answered correctly is worth to the business (time saved, a sale, a ticket closed).</source>
        <translation>一次请求被正确回答对业务的价值（节省的时间、一笔销售、一张关闭的工单）。</translation>
    </message>
    <message>
        <source>Change value per success</source>
        <translation>更改每次成功的价值</translation>
    </message>
    <message>
        <source>Cost of an escalation:</source>
        <translation>每次升级的成本：</translation>
    </message>
    <message>
        <source>What it costs when a wrong answer has to be handled by a person.</source>
        <translation>错误回答需转人工处理时产生的成本。</translation>
    </message>
    <message>
        <source>Change cost per escalation</source>
        <translation>更改每次升级的成本</translation>
    </message>
    <message>
        <source>Churn per failure:</source>
        <translation>每次失败的客户流失率：</translation>
    </message>
    <message>
        <source>The chance, in percent, that a wrong answer loses the customer.</source>
        <translation>一次错误回答导致客户流失的概率，以百分比表示。</translation>
    </message>
    <message>
        <source>Change churn rate per failure</source>
        <translation>更改每次失败的客户流失率</translation>
    </message>
    <message>
        <source>Cost of a lost customer:</source>
        <translation>流失一名客户的成本：</translation>
    </message>
    <message>
        <source>What losing one customer costs (their lifetime value).</source>
        <translation>流失一名客户的成本（其生命周期价值）。</translation>
    </message>
    <message>
        <source>Change cost per churn</source>
        <translation>更改每次客户流失的成本</translation>
    </message>
    <message>
        <source>Fixed costs:</source>
        <translation>固定成本：</translation>
    </message>
    <message>
        <source>Costs that do not depend on traffic (hosting, monitoring, the team&apos;s time), per month.</source>
        <translation>与流量无关的每月成本（托管、监控、团队时间）。</translation>
    </message>
    <message>
        <source>Change monthly fixed costs</source>
        <translation>更改每月固定成本</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>Target accuracy:</source>
        <translation>目标准确率：</translation>
    </message>
    <message>
        <source>The accuracy a model must reach on the eval to be acceptable, in percent.</source>
        <translation>模型在评测中须达到的可接受准确率，以百分比表示。</translation>
    </message>
    <message>
        <source>Change target accuracy</source>
        <translation>更改目标准确率</translation>
    </message>
    <message>
        <source>Human accuracy:</source>
        <translation>人工准确率：</translation>
    </message>
    <message>
        <source>What people score on the same eval, for comparison; leave empty if unknown.</source>
        <translation>人工在同一评测上的得分，用于比较；未知则留空。</translation>
    </message>
    <message>
        <source>Change human accuracy</source>
        <translation>更改人工准确率</translation>
    </message>
</context>
<context>
    <name>fulcrum::EvalsPanel</name>
    <message>
        <source>Evals</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>Eval results</source>
        <translation>评测结果</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <source>Add the eval result of another model (%1)</source>
        <translation>添加另一个模型的评测结果（%1）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected eval result (%1)</source>
        <translation>移除所选评测结果（%1）</translation>
    </message>
    <message>
        <source>Accuracy of each model on your own eval set. The model of the pipeline&apos;s final step decides the business case.</source>
        <translation>各模型在您自有评测集上的准确率。流水线最后一步所用的模型决定商业论证。</translation>
    </message>
</context>
<context>
    <name>fulcrum::EvalsTableModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>“%1” is not in the catalog.</source>
        <translation>“%1”不在价格目录中。</translation>
    </message>
    <message>
        <source>Used by step %1.</source>
        <translation>由步骤 %1 使用。</translation>
    </message>
    <message>
        <source>The file gives a range; the cell shows its most likely value. Typing a number replaces the range.</source>
        <translation>文件中给出的是一个区间；单元格显示其最可能值。输入数字将替换该区间。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Eval size</source>
        <translation>评测样本数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确数</translation>
    </message>
    <message>
        <source>The model that was evaluated; type any part of its name or provider to find it.</source>
        <translation>被评测的模型；输入其名称或提供商的任意部分即可查找。</translation>
    </message>
    <message>
        <source>The share of the eval&apos;s examples the model got right, in percent.</source>
        <translation>模型答对的评测样例占比，以百分比表示。</translation>
    </message>
    <message>
        <source>How many examples the eval has; the more, the surer the accuracy (0 = unknown).</source>
        <translation>评测的样例数；越多，准确率越可靠（0 = 未知）。</translation>
    </message>
    <message>
        <source>How many examples the model got right, if known exactly; empty otherwise.</source>
        <translation>模型答对的样例数（如确切已知）；否则留空。</translation>
    </message>
    <message>
        <source>Change eval model “%1” to “%2”</source>
        <translation>将评测模型“%1”更改为“%2”</translation>
    </message>
    <message>
        <source>Change accuracy of %1</source>
        <translation>更改 %1 的准确率</translation>
    </message>
    <message>
        <source>Change eval size of %1</source>
        <translation>更改 %1 的评测样本数</translation>
    </message>
    <message>
        <source>Change correct answers of %1</source>
        <translation>更改 %1 的正确答案数</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Add eval result for %1</source>
        <translation>添加 %1 的评测结果</translation>
    </message>
    <message>
        <source>Remove eval result for %1</source>
        <translation>移除 %1 的评测结果</translation>
    </message>
</context>
<context>
    <name>fulcrum::FormPanel</name>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation>，第 10 百分位数 %1</translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation>，第 90 百分位数 %1</translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation>低 %1，最可能 %2，高 %3</translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal). Typing a number replaces the range.</source>
        <translation>一个区间（%1）；点估计结果使用其最可能值（对数正态分布的中位数）。输入数字将替换该区间。</translation>
    </message>
</context>
<context>
    <name>fulcrum::HeadlineStrip</name>
    <message>
        <source>Break-even accuracy</source>
        <translation>盈亏平衡准确率</translation>
    </message>
    <message>
        <source>Net per month</source>
        <translation>每月净收益</translation>
    </message>
    <message>
        <source>LLM cost</source>
        <translation>LLM 成本</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Best feasible alternative</source>
        <translation>最佳可行替代方案</translation>
    </message>
    <message>
        <source>⚠ Stale: fix the marked input</source>
        <translation>⚠ 已过期：请修正标记的输入</translation>
    </message>
    <message>
        <source>An input is invalid: these are the last valid results.</source>
        <translation>有输入无效：以下为最近一次有效结果。</translation>
    </message>
    <message>
        <source>%1 assumed (no eval)</source>
        <translation>%1 假定（无评测）</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 实测</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>margin %1 at %2</source>
        <translation>余量 %1（%2 时）</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>每次请求 %1</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / 月</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>每次请求 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>a model on the path has no latency figures</source>
        <translation>路径上有模型缺少延迟数据</translation>
    </message>
    <message>
        <source>all batch</source>
        <translation>全部批处理</translation>
    </message>
    <message>
        <source>no step waits for an answer</source>
        <translation>没有步骤需要等待回答</translation>
    </message>
    <message>
        <source>%1 first · %2 total</source>
        <translation>首 token %1 · 总计 %2</translation>
    </message>
    <message>
        <source>%1 at the slowest hour · budget %2</source>
        <translation>最慢时段 %1 · 预算 %2</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1，%2%3</translation>
    </message>
    <message>
        <source>, cached</source>
        <translation>，已缓存</translation>
    </message>
    <message>
        <source>costs %1 / month more, nets %2 more</source>
        <translation>每月多花 %1，净收益多 %2</translation>
    </message>
    <message>
        <source>none feasible</source>
        <translation>无可行方案</translation>
    </message>
    <message>
        <source>no candidate meets the target and the budget</source>
        <translation>没有候选同时满足目标和预算</translation>
    </message>
    <message>
        <source>saves %1 / month, nets %2 more</source>
        <translation>每月节省 %1，净收益多 %2</translation>
    </message>
    <message>
        <source>none better</source>
        <translation>没有更优方案</translation>
    </message>
    <message>
        <source>no candidate that meets the target and the budget nets more</source>
        <translation>满足目标和预算的候选方案都不能带来更高净收益</translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyByTokensChart</name>
    <message>
        <source>Output tokens per call</source>
        <translation>每次调用的输出 token</translation>
    </message>
    <message>
        <source>Latency through the step (s)</source>
        <translation>经过该步骤的延迟（秒）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No synchronous step: every step runs on the batch tier</source>
        <translation>没有同步步骤：所有步骤都在批处理层级运行</translation>
    </message>
    <message>
        <source>Latency unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>Latency unknown: no latency data for %1</source>
        <translation>延迟未知：%1 没有延迟数据</translation>
    </message>
    <message>
        <source>%1, slowest hour
%2 output tokens per call: %3</source>
        <translation>%1，最慢时段
每次调用 %2 个输出 token：%3</translation>
    </message>
    <message>
        <source>%1
%2 output tokens per call: %3</source>
        <translation>%1
每次调用 %2 个输出 token：%3</translation>
    </message>
    <message>
        <source>dashed: at the slowest hour</source>
        <translation>虚线：最慢时段</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2) affords %3 per call within the %4 budget
(the other steps as they are)</source>
        <translation>%1（%2）在 %4 预算内每次调用可输出 %3
（其他步骤保持不变）</translation>
    </message>
    <message>
        <source>affordable output within the budget</source>
        <translation>预算内可承受的输出量</translation>
    </message>
    <message>
        <source>%1: no output fits the budget</source>
        <translation>%1：任何输出量都超出预算</translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyPanel</name>
    <message>
        <source>Whether the user sees the answer as it is written: the wait that counts is then the time to the first token, not to the last.</source>
        <translation>用户是否在回答生成的同时看到它：若是，关键的等待时间是到首个 token，而不是到最后一个 token。</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>流式输出回答</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Network overhead:</source>
        <translation>网络开销：</translation>
    </message>
    <message>
        <source>The time each model call spends on the network and in your own code before the provider starts, in seconds.</source>
        <translation>每次模型调用在服务商开始处理之前花在网络和您自己代码上的时间，单位为秒。</translation>
    </message>
    <message>
        <source>Change network overhead</source>
        <translation>更改网络开销</translation>
    </message>
    <message>
        <source>Latency budget:</source>
        <translation>延迟预算：</translation>
    </message>
    <message>
        <source>How long a user may wait for the answer, in seconds; with streaming, until the first words appear.</source>
        <translation>用户最多可等待回答的时间，单位为秒；若流式输出，则为到首批文字出现的时间。</translation>
    </message>
    <message>
        <source>Change latency budget</source>
        <translation>更改延迟预算</translation>
    </message>
    <message>
        <source>Do not stream the answer</source>
        <translation>不流式输出回答</translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyTimelineChart</name>
    <message>
        <source>Time since the request (s)</source>
        <translation>自请求起的时间（秒）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No synchronous step: every step runs on the batch tier</source>
        <translation>没有同步步骤：所有步骤都在批处理层级运行</translation>
    </message>
    <message>
        <source>Latency unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>Latency unknown: no latency data for %1</source>
        <translation>延迟未知：%1 没有延迟数据</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>all %1 calls</source>
        <translation>全部 %1 次调用</translation>
    </message>
    <message>
        <source>call %1 of %2</source>
        <translation>第 %1 次调用，共 %2 次</translation>
    </message>
    <message>
        <source>last, partial call of %1</source>
        <translation>%1 的最后一次（部分）调用</translation>
    </message>
    <message>
        <source>%1 (%2), %3
%4: %5 per call%6</source>
        <translation>%1（%2），%3
%4：每次调用 %5%6</translation>
    </message>
    <message>
        <source>off the critical path</source>
        <translation>不在关键路径上</translation>
    </message>
    <message>
        <source>lighter: off the critical path</source>
        <translation>浅色：不在关键路径上</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>Latency budget: %1</source>
        <translation>延迟预算：%1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首 token %1</translation>
    </message>
    <message>
        <source>The user sees the first token at %1 (slowest hour: %2)</source>
        <translation>用户在 %1 看到首个 token（最慢时段：%2）</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>Total along the critical path: %1</source>
        <translation>关键路径总计：%1</translation>
    </message>
    <message>
        <source>slowest hour %1</source>
        <translation>最慢时段 %1</translation>
    </message>
    <message>
        <source>Total at the slowest hour&apos;s output speed: %1</source>
        <translation>按最慢时段输出速度的总计：%1</translation>
    </message>
    <message>
        <source>Not shown, off the synchronous path: %1</source>
        <translation>未显示（不在同步路径上）：%1</translation>
    </message>
</context>
<context>
    <name>fulcrum::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Eval results</source>
        <translation>评测结果</translation>
    </message>
    <message>
        <source>&amp;Business case</source>
        <translation>商业论证(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>延迟(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Alternatives</source>
        <translation>替代方案(&amp;A)</translation>
    </message>
    <message>
        <source>Ca&amp;talog</source>
        <translation>价格目录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>校准(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>不确定性(&amp;U)</translation>
    </message>
    <message>
        <source>Fix the marked input first: the alternatives shown are out of date</source>
        <translation>请先修正标记的输入：显示的替代方案已过期</translation>
    </message>
    <message>
        <source>Apply %1 (%2)</source>
        <translation>应用 %1（%2）</translation>
    </message>
    <message>
        <source>Change where alternatives apply</source>
        <translation>更改替代方案的应用范围</translation>
    </message>
    <message>
        <source>Edit %1 in the catalog</source>
        <translation>在价格目录中编辑 %1</translation>
    </message>
    <message>
        <source>Revert %1 to the catalog</source>
        <translation>将 %1 恢复为价格目录值</translation>
    </message>
    <message>
        <source>Cannot apply %1&apos;s fit to %2</source>
        <translation>无法将 %1 的拟合应用到 %2</translation>
    </message>
    <message>
        <source>Apply calibrated latency to %1</source>
        <translation>将校准后的延迟应用到 %1</translation>
    </message>
    <message>
        <source>%1&apos;s latency now comes from %2 (see the Catalog tab; Undo reverts it)</source>
        <translation>%1 的延迟现在来自 %2（见“价格目录”选项卡；撤销可还原）</translation>
    </message>
    <message>
        <source>Exported the last valid figures to %1: the scenario as edited has an error</source>
        <translation>已将最后一次有效数据导出到 %1：当前编辑的场景有错误</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Report &amp;Paper</source>
        <translation>报告纸张(&amp;P)</translation>
    </message>
    <message>
        <source>Results as &amp;JSON…</source>
        <translation>结果为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Alternatives as CSV…</source>
        <translation>替代方案为 CSV(&amp;A)…</translation>
    </message>
    <message>
        <source>Monthly &amp;Projection as CSV…</source>
        <translation>月度预测为 CSV(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM Price File…</source>
        <translation>导入 LiteLLM 价格文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Catalog</source>
        <translation>使用内置价格目录(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外观(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fulcrum</source>
        <translation>关于 Fulcrum(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — the figures shown are the last valid ones</source>
        <translation>%1 — 显示的是最后一次有效数据</translation>
    </message>
    <message>
        <source>A field holds text that is not a number — the figures shown are the last valid ones</source>
        <translation>有字段包含非数字文本 — 显示的是最后一次有效数据</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Catalog as of %1%2</source>
        <translation>价格目录日期 %1%2</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> （已导入）</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>The file was not opened; the current scenario is unchanged.

%1</source>
        <translation>文件未打开；当前场景保持不变。

%1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Fulcrum scenarios (*.fulcrum.json *.json)</source>
        <translation>Fulcrum 场景 (*.fulcrum.json *.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>Fulcrum scenarios (*.fulcrum.json)</source>
        <translation>Fulcrum 场景 (*.fulcrum.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>There are no valid figures yet: fix the marked input first.</source>
        <translation>还没有有效数据：请先修正标记的输入。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1 (the last valid figures)</source>
        <translation>%1（最后一次有效数据）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Wrote the report of the last valid figures to %1: the scenario as edited has an error</source>
        <translation>已将最后一次有效数据的报告写入 %1：当前编辑的场景有错误</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>已将报告写入 %1</translation>
    </message>
    <message>
        <source>Export Results as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Alternatives as CSV</source>
        <translation>将替代方案导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Monthly Projection as CSV</source>
        <translation>将月度预测导出为 CSV</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>Fulcrum did not close properly. Unsaved changes to %1 from %2 were kept.
Restore them?</source>
        <translation>Fulcrum 未正常关闭。已保留 %2 时对 %1 的未保存更改。
是否恢复？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Import LiteLLM Price File</source>
        <translation>导入 LiteLLM 价格文件</translation>
    </message>
    <message>
        <source>LiteLLM price files (*.json)</source>
        <translation>LiteLLM 价格文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>The file lists no chat models.</source>
        <translation>该文件未列出任何聊天模型。</translation>
    </message>
    <message>
        <source>The imported catalog is used now but could not be kept for later</source>
        <translation>导入的价格目录已启用，但无法保存以供日后使用</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat models</source>
        <translation>
            <numerusform>已导入 %n 个聊天模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Latency Logs</source>
        <translation>导入延迟日志</translation>
    </message>
    <message>
        <source>Latency logs (*.json *.csv);;llmperf individual responses (*_individual_responses.json);;vLLM bench serve results (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>延迟日志 (*.json *.csv);;llmperf 单次响应 (*_individual_responses.json);;vLLM bench serve 结果 (*.json);;CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported:
%1</source>
        <translation>未导入：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n latency logs</source>
        <translation>
            <numerusform>已导入 %n 个延迟日志</numerusform>
        </translation>
    </message>
    <message>
        <source>About Fulcrum</source>
        <translation>关于 Fulcrum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fulcrum %1&lt;/h3&gt;&lt;p&gt;The business case and latency budget of an LLM feature.&lt;/p&gt;&lt;p&gt;Price catalog as of %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fulcrum %1&lt;/h3&gt;&lt;p&gt;LLM 功能的商业论证与延迟预算。&lt;/p&gt;&lt;p&gt;价格目录日期 %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美国 Letter（216 × 279 毫米）</translation>
    </message>
</context>
<context>
    <name>fulcrum::ModelComboBox</name>
    <message>
        <source>Type to search models</source>
        <translation>输入以搜索模型</translation>
    </message>
</context>
<context>
    <name>fulcrum::NumberField</name>
    <message>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数字</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>a log-normal&apos;s median and percentile must be &gt; 0</source>
        <translation>对数正态分布的中位数和百分位数必须 &gt; 0</translation>
    </message>
    <message>
        <source>the 90th percentile must be above the median</source>
        <translation>第 90 百分位数必须高于中位数</translation>
    </message>
    <message>
        <source>the 10th percentile must be below the median</source>
        <translation>第 10 百分位数必须低于中位数</translation>
    </message>
    <message>
        <source>a range needs three numbers: low–likely–high (e.g. 180–200–260)</source>
        <translation>区间需要三个数：低–可能–高（例如 180–200–260）</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>a range needs low ≤ likely ≤ high</source>
        <translation>区间需满足 低 ≤ 可能 ≤ 高</translation>
    </message>
    <message>
        <source>Type a range as low–likely–high (180–200–260); add PERT for a PERT distribution (15–20–30 PERT). A log-normal takes its median and 90th or 10th percentile (200 p90 420, or 200 p10 90).</source>
        <translation>区间格式为 低–可能–高（180–200–260）；加上 PERT 表示 PERT 分布（15–20–30 PERT）。对数正态分布填写中位数及第 90 或第 10 百分位数（200 p90 420，或 200 p10 90）。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::PipelinePanel</name>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Pipeline steps</source>
        <translation>流水线步骤</translation>
    </message>
    <message>
        <source>The model calls each request makes. Double-click or type in a cell to edit it.</source>
        <translation>每个请求进行的模型调用。双击单元格或直接输入即可编辑。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>在所选步骤之后添加一个步骤</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add a copy of the selected step after it</source>
        <translation>在所选步骤之后添加其副本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>删除所选步骤</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>上移所选步骤</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>下移所选步骤</translation>
    </message>
</context>
<context>
    <name>fulcrum::ResidualHistogramChart</name>
    <message>
        <source>Predicted − measured end-to-end latency (s)</source>
        <translation>预测 − 实测端到端延迟（秒）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Import a latency log to see the residuals</source>
        <translation>导入延迟日志以查看残差</translation>
    </message>
    <message>
        <source>%1
%2 runs off by %3 to %4</source>
        <translation>%1
%2 次运行偏差 %3 至 %4</translation>
    </message>
</context>
<context>
    <name>fulcrum::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::ScenarioInfoPanel</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>What this business case is about</source>
        <translation>该商业论证的主题</translation>
    </message>
    <message>
        <source>The scenario&apos;s title, shown in the window title and the report.</source>
        <translation>场景标题，显示在窗口标题和报告中。</translation>
    </message>
    <message>
        <source>The currency of every amount in the scenario (ISO code). Catalog prices are taken as being in it: change them too if they are not.</source>
        <translation>场景中所有金额的货币（ISO 代码）。价格目录中的价格视为该货币：若不是，请一并修改。</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>编写者</translation>
    </message>
    <message>
        <source>Named in the report&apos;s title block.</source>
        <translation>显示在报告的标题栏中。</translation>
    </message>
    <message>
        <source>Context for the reader of the report</source>
        <translation>给报告读者的背景说明</translation>
    </message>
    <message>
        <source>Shown under the title of the report.</source>
        <translation>显示在报告标题下方。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>更改标题</translation>
    </message>
    <message>
        <source>Change the author</source>
        <translation>更改作者</translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation>更改备注</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>更改货币</translation>
    </message>
    <message>
        <source>The currency of every amount in the scenario (ISO code).</source>
        <translation>场景中所有金额的货币（ISO 代码）。</translation>
    </message>
</context>
<context>
    <name>fulcrum::StepsTableModel</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>服务层级</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation>，第 10 百分位数 %1</translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation>，第 90 百分位数 %1</translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation>低 %1，可能 %2，高 %3</translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal). Typing a number replaces the range.</source>
        <translation>区间（%1）；点结果采用其最可能值（对数正态分布取中位数）。输入一个数字将替换该区间。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Static input
tokens</source>
        <translation>静态输入
token</translation>
    </message>
    <message>
        <source>Dynamic input
tokens</source>
        <translation>动态输入
token</translation>
    </message>
    <message>
        <source>Cache
hit rate</source>
        <translation>缓存
命中率</translation>
    </message>
    <message>
        <source>Distinct
prefixes</source>
        <translation>不同
前缀数</translation>
    </message>
    <message>
        <source>Output
tokens</source>
        <translation>输出
token</translation>
    </message>
    <message>
        <source>Reasoning
tokens</source>
        <translation>推理
token</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>补全数</translation>
    </message>
    <message>
        <source>After</source>
        <translation>前置步骤</translation>
    </message>
    <message>
        <source>The step&apos;s name, which other steps use to wait for it.</source>
        <translation>步骤名称，其他步骤用它来等待此步骤。</translation>
    </message>
    <message>
        <source>The model the step calls; type any part of its name or provider to find it.</source>
        <translation>该步骤调用的模型；输入其名称或服务商的任意部分即可查找。</translation>
    </message>
    <message>
        <source>The provider&apos;s service tier: batch and flex are cheaper but slower, priority faster and dearer.</source>
        <translation>服务商的服务层级：批处理和 Flex 更便宜但更慢，优先层级更快但更贵。</translation>
    </message>
    <message>
        <source>How many times per request the step calls the model, one after another.</source>
        <translation>每个请求中该步骤依次调用模型的次数。</translation>
    </message>
    <message>
        <source>Tokens of the reusable prompt prefix (instructions, examples, tool definitions), per call.</source>
        <translation>可复用的提示词前缀（指令、示例、工具定义）的 token 数，按每次调用计。</translation>
    </message>
    <message>
        <source>Tokens that change with each request (user data, history, retrieved context), per call.</source>
        <translation>随每个请求变化的 token 数（用户数据、历史记录、检索到的上下文），按每次调用计。</translation>
    </message>
    <message>
        <source>The share of calls that find the static prefix in the provider&apos;s cache; &quot;auto&quot; derives it from traffic and the cache&apos;s lifetime.</source>
        <translation>在服务商缓存中命中静态前缀的调用占比；“auto” 根据流量和缓存有效期推算。</translation>
    </message>
    <message>
        <source>How many different static prefixes share the traffic, for an &quot;auto&quot; cache hit rate.</source>
        <translation>分担流量的不同静态前缀数量，用于 “auto” 缓存命中率。</translation>
    </message>
    <message>
        <source>Visible tokens the model writes per call.</source>
        <translation>模型每次调用写出的可见 token 数。</translation>
    </message>
    <message>
        <source>Hidden reasoning tokens the model generates (and bills) per call.</source>
        <translation>模型每次调用生成（并计费）的隐藏推理 token 数。</translation>
    </message>
    <message>
        <source>How many completions each call asks for (the API&apos;s n or best_of); each is billed.</source>
        <translation>每次调用请求的补全数（API 的 n 或 best_of）；每个都会计费。</translation>
    </message>
    <message>
        <source>The steps that must finish before this one starts, separated by commas; none means it starts at once.</source>
        <translation>此步骤开始前必须完成的步骤，以逗号分隔；留空表示立即开始。</translation>
    </message>
    <message>
        <source>Rename step “%1” to “%2”</source>
        <translation>将步骤“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Change %1 of step “%2”</source>
        <translation>更改步骤“%2”的%1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation>添加步骤“%1”</translation>
    </message>
    <message>
        <source>Duplicate step “%1”</source>
        <translation>复制步骤“%1”</translation>
    </message>
    <message>
        <source>Remove step “%1”</source>
        <translation>删除步骤“%1”</translation>
    </message>
    <message>
        <source>Move step “%1” up</source>
        <translation>上移步骤“%1”</translation>
    </message>
    <message>
        <source>Move step “%1” down</source>
        <translation>下移步骤“%1”</translation>
    </message>
</context>
<context>
    <name>fulcrum::TornadoChart</name>
    <message>
        <source>Total latency (s)</source>
        <translation>总延迟（秒）</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>每月净收益（%1）</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>No latency known: a model has no latency figures</source>
        <translation>延迟未知：有模型缺少延迟数据</translation>
    </message>
    <message>
        <source>No ranged inputs: nothing to swing</source>
        <translation>没有区间输入：无可变动项</translation>
    </message>
    <message>
        <source>%1 at its %2 (%3): %4</source>
        <translation>%1 取%2值（%3）：%4</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>input at its low</source>
        <translation>输入取低值</translation>
    </message>
    <message>
        <source>input at its high</source>
        <translation>输入取高值</translation>
    </message>
    <message>
        <source>Every input at its point value: %1</source>
        <translation>所有输入取点值：%1</translation>
    </message>
</context>
<context>
    <name>fulcrum::TrafficPanel</name>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Requests per day:</source>
        <translation>每日请求数：</translation>
    </message>
    <message>
        <source>How many requests the feature serves on an average day today.</source>
        <translation>该功能目前平均每天处理的请求数。</translation>
    </message>
    <message>
        <source>Change requests per day</source>
        <translation>更改每日请求数</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Monthly growth:</source>
        <translation>月增长率：</translation>
    </message>
    <message>
        <source>By how much the daily volume grows each month, in percent (negative if it shrinks).</source>
        <translation>每日请求量每月增长的百分比（若减少则为负数）。</translation>
    </message>
    <message>
        <source>Change monthly growth</source>
        <translation>更改月增长率</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% / 月</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>预测期：</translation>
    </message>
    <message>
        <source>How many months the cost and value projection covers.</source>
        <translation>成本与价值预测覆盖的月数。</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>更改预测期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Peak-to-average:</source>
        <translation>峰均比：</translation>
    </message>
    <message>
        <source>How many times the busiest minute&apos;s traffic exceeds the day&apos;s average; it decides the rate limits needed.</source>
        <translation>最繁忙一分钟的流量是当日平均值的多少倍；它决定所需的速率限制。</translation>
    </message>
    <message>
        <source>Change peak-to-average factor</source>
        <translation>更改峰均比</translation>
    </message>
    <message>
        <source>Can wait (async):</source>
        <translation>可等待（异步）：</translation>
    </message>
    <message>
        <source>The share of requests that need no immediate answer (back-office jobs, nightly summaries): they run on the cheaper batch tier and are left out of latency.</source>
        <translation>无需即时回答的请求占比（后台任务、夜间汇总）：它们在更便宜的批处理层级运行，不计入延迟。</translation>
    </message>
    <message>
        <source>Change async share</source>
        <translation>更改异步请求占比</translation>
    </message>
</context>
<context>
    <name>fulcrum::UncertaintyHistogramChart</name>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>每月净收益（%1）</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>每月成本（%1）</translation>
    </message>
    <message>
        <source>Total latency (s)</source>
        <translation>总延迟（秒）</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>No latency known: a model has no latency figures</source>
        <translation>延迟未知：有模型缺少延迟数据</translation>
    </message>
    <message>
        <source>No samples</source>
        <translation>无样本</translation>
    </message>
    <message>
        <source>samples (%1)</source>
        <translation>样本（%1）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1
%2 samples (%3)</source>
        <translation>%1
%2 个样本（%3）</translation>
    </message>
    <message>
        <source>P5 %1</source>
        <translation>P5 %1</translation>
    </message>
    <message>
        <source>5 % of the samples are below %1</source>
        <translation>5% 的样本低于 %1</translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <source>The median: %1</source>
        <translation>中位数：%1</translation>
    </message>
    <message>
        <source>P95 %1</source>
        <translation>P95 %1</translation>
    </message>
    <message>
        <source>95 % of the samples are below %1</source>
        <translation>95% 的样本低于 %1</translation>
    </message>
    <message>
        <source>break even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>Break even: %1 of the samples are at or above 0</source>
        <translation>盈亏平衡：%1 的样本大于或等于 0</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>Latency budget %1: %2 of the samples are within it</source>
        <translation>延迟预算 %1：%2 的样本在预算内</translation>
    </message>
</context>
<context>
    <name>fulcrum::UncertaintyPanel</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>P(break even): %1    P(net ≥ 0): %2    P(within budget): %3</source>
        <translation>P(盈亏平衡)：%1    P(净收益 ≥ 0)：%2    P(预算内)：%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Net per month: P5 %1, P50 %2, P95 %3</source>
        <translation>每月净收益：P5 %1，P50 %2，P95 %3</translation>
    </message>
    <message>
        <source>Cost per month: P5 %1, P50 %2, P95 %3</source>
        <translation>每月成本：P5 %1，P50 %2，P95 %3</translation>
    </message>
    <message>
        <source>Total latency: p50 %1, p90 %2, p99 %3 (budget %4)</source>
        <translation>总延迟：p50 %1，p90 %2，p99 %3（预算 %4）</translation>
    </message>
    <message>
        <source>Total latency: unknown (a model has no latency figures)</source>
        <translation>总延迟：未知（有模型缺少延迟数据）</translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation>%1 个样本，随机种子 %2</translation>
    </message>
    <message>
        <source>Matters most: nothing is uncertain</source>
        <translation>影响最大：无不确定项</translation>
    </message>
    <message>
        <source>Nothing in this scenario is uncertain: no input is written as a range and the final step&apos;s eval has no size, so every sample equals the point figures. Write ranges (triangular, PERT or log-normal) in the scenario file to see their spread.</source>
        <translation>此场景中没有不确定项：没有输入写成区间，且最后一步的评测没有样本数，因此每个样本都等于点值。请在场景文件中写入区间（三角分布、PERT 或对数正态）以查看其分布范围。</translation>
    </message>
    <message>
        <source>Only the measured accuracy is uncertain (its eval&apos;s Beta posterior): no input is written as a range. Write ranges in the scenario file to see their spread.</source>
        <translation>只有实测准确率是不确定的（其评测的 Beta 后验）：没有输入写成区间。请在场景文件中写入区间以查看其分布范围。</translation>
    </message>
    <message>
        <source>Matters most: no uncertain input moves net per month or the latency</source>
        <translation>影响最大：没有任何不确定输入会改变每月净收益或延迟</translation>
    </message>
    <message>
        <source>Matters most for net per month: %1</source>
        <translation>对每月净收益影响最大：%1</translation>
    </message>
    <message>
        <source>Matters most for the latency: %1 (no uncertain input moves net per month)</source>
        <translation>对延迟影响最大：%1（没有任何不确定输入会改变每月净收益）</translation>
    </message>
    <message>
        <source>Matters most for net per month: %1; for the latency: %2</source>
        <translation>对每月净收益影响最大：%1；对延迟：%2</translation>
    </message>
</context>
</TS>
