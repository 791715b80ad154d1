<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CommandLineText</name>
    <message>
        <source>fulcrum: unknown option %1 (see fulcrum --help)</source>
        <translation>fulcrum: неизвестный параметр %1 (см. fulcrum --help)</translation>
    </message>
    <message>
        <source>fulcrum: %1 needs a value</source>
        <translation>fulcrum: для %1 нужно значение</translation>
    </message>
    <message>
        <source>fulcrum: --top needs a whole number ≥ 0, got %1</source>
        <translation>fulcrum: для --top нужно целое число ≥ 0, получено %1</translation>
    </message>
    <message>
        <source>fulcrum: --samples needs a whole number from 1 to 1000000, got %1</source>
        <translation>fulcrum: для --samples нужно целое число от 1 до 1000000, получено %1</translation>
    </message>
    <message>
        <source>fulcrum: --seed needs a whole number from 0 to 18446744073709551615, got %1</source>
        <translation>fulcrum: для --seed нужно целое число от 0 до 18446744073709551615, получено %1</translation>
    </message>
    <message>
        <source>fulcrum: --holdout needs a fraction above 0 and below 1, got %1</source>
        <translation>fulcrum: для --holdout нужна доля больше 0 и меньше 1, получено %1</translation>
    </message>
    <message>
        <source>fulcrum: compute needs exactly one scenario file (see fulcrum --help)</source>
        <translation>fulcrum: для compute нужен ровно один файл сценария (см. fulcrum --help)</translation>
    </message>
    <message>
        <source>fulcrum: export needs exactly one scenario file (see fulcrum --help)</source>
        <translation>fulcrum: для export нужен ровно один файл сценария (см. fulcrum --help)</translation>
    </message>
    <message>
        <source>fulcrum: export needs at least one of --results, --alternatives, --projection</source>
        <translation>fulcrum: для export нужен хотя бы один из параметров --results, --alternatives, --projection</translation>
    </message>
    <message>
        <source>fulcrum: only one export can go to standard output (-)</source>
        <translation>fulcrum: в стандартный вывод (-) можно направить только один экспорт</translation>
    </message>
    <message>
        <source>fulcrum: two exports would go to the same file %1</source>
        <translation>fulcrum: два экспорта записываются в один и тот же файл %1</translation>
    </message>
    <message>
        <source>fulcrum: summary needs exactly one scenario file (see fulcrum --help)</source>
        <translation>fulcrum: для summary нужен ровно один файл сценария (см. fulcrum --help)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>fulcrum: report needs one scenario file and -o OUT.pdf (see fulcrum --help)</source>
        <translation>fulcrum: для report нужны файл сценария и -o OUT.pdf (см. fulcrum --help)</translation>
    </message>
    <message>
        <source>fulcrum: --page-size takes A4 or Letter, got %1</source>
        <translation>fulcrum: --page-size принимает A4 или Letter, получено %1</translation>
    </message>
    <message>
        <source>fulcrum: cannot write %1: %2</source>
        <translation>fulcrum: не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>fulcrum: import-litellm needs exactly one LiteLLM price file</source>
        <translation>fulcrum: для import-litellm нужен ровно один файл цен LiteLLM</translation>
    </message>
    <message>
        <source>fulcrum: imported %1 chat models (skipped %2 entries that are not chat models and %3 without prices)</source>
        <translation>fulcrum: импортировано чат-моделей: %1 (пропущено записей не для чат-моделей: %2, без цен: %3)</translation>
    </message>
    <message>
        <source>fulcrum: calibrate needs at least one latency log (see fulcrum --help)</source>
        <translation>fulcrum: для calibrate нужен хотя бы один журнал задержек (см. fulcrum --help)</translation>
    </message>
    <message>
        <source>fulcrum: %1: named more than once; its runs are counted once</source>
        <translation>fulcrum: %1: указан более одного раза; его запуски учитываются один раз</translation>
    </message>
    <message>
        <source>%1 on %2 held-out runs: mape %3 %, e2e_p50_s %4, e2e_p90_s %5</source>
        <translation>%1 на %2 запусках отложенной выборки: mape %3 %, e2e_p50_s %4, e2e_p90_s %5</translation>
    </message>
    <message>
        <source>e2e_p50_s and e2e_p90_s: the median and 90th percentile of |predicted − measured| end-to-end latency; mape: the median absolute percentage error.</source>
        <translation>e2e_p50_s и e2e_p90_s: медиана и 90-й перцентиль |прогноз − измерение| полной задержки; mape: медианная абсолютная процентная ошибка.</translation>
    </message>
    <message>
        <source>%1: %2, %3 runs, %4 failed and skipped, run %5</source>
        <translation>%1: %2, запусков: %3, неудачных и пропущенных: %4, выполнено %5</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>в неизвестную дату</translation>
    </message>
    <message>
        <source>fulcrum: no model in the logs has runs to fit</source>
        <translation>fulcrum: ни у одной модели в журналах нет запусков для подгонки</translation>
    </message>
    <message>
        <source>fulcrum: unknown command or option %1</source>
        <translation>fulcrum: неизвестная команда или параметр %1</translation>
    </message>
    <message>
        <source>fulcrum: no display to open the workbench on; without one use &apos;fulcrum compute FILE&apos; (see &apos;fulcrum --help&apos;)
</source>
        <translation>fulcrum: нет дисплея для открытия рабочей среды; без него используйте &apos;fulcrum compute FILE&apos; (см. &apos;fulcrum --help&apos;)
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
        <translation>Использование:
  fulcrum [FILE]                          открыть рабочую среду с FILE (без FILE — встроенный пример)
  fulcrum compute FILE [--catalog C] [--top N] [--compact] [--samples N] [--seed S]
                                          вывести все показатели сценария в JSON; --samples
                                          и --seed добавляют блок &quot;uncertainty&quot;: Монте-Карло
                                          по диапазонам сценария (N от 1 до 1000000, по умолчанию
                                          20000; S — 64-битный seed, по умолчанию 1: тот же S — те же цифры)
  fulcrum summary FILE [--catalog C]      вывести главные показатели в нескольких предложениях
  fulcrum report FILE -o OUT.pdf [--page-size A4|Letter] [--catalog C] [--samples N] [--seed S]
                                          записать PDF-отчёт с экономическим обоснованием (дисплей не нужен);
                                          раздел неопределённости строится по N выборкам с seed S
                                          (как в compute: по умолчанию 20000 и 1)
  fulcrum export FILE [--catalog C] [--results OUT.json]
                 [--alternatives OUT.csv] [--projection OUT.csv]
                                          записать результаты в том виде, как их выводит compute,
                                          ранжированные альтернативы и помесячный прогноз (- — stdout)
  fulcrum import-litellm FILE [-o OUT] [--as-of YYYY-MM-DD]
                                          преобразовать файл цен LiteLLM в каталог Fulcrum
  fulcrum calibrate LOG... [--holdout F] [--json]
                                          подогнать модель задержки к измеренным запускам (llmperf, vLLM или CSV)
  fulcrum --version | --help

--lang ru|zh_CN|en с любой командой задаёт язык сообщений и отчёта
(по умолчанию английский); вывод JSON и CSV не меняется.
--catalog принимает каталог Fulcrum или файл цен LiteLLM (его цены заменяют встроенные).
Коды выхода: 0 — успех, 1 — неверные или нечитаемые входные данные (поле указано в stderr), 2 — неверный вызов.
</translation>
    </message>
    <message>
        <source>fulcrum: --lang takes ru, zh_CN or en, got %1</source>
        <translation>fulcrum: --lang принимает ru, zh_CN или en, получено %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>must be a %1, got a %2</source>
        <translation>ожидается %1, получено: %2</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>обязательно, но отсутствует</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <source>must be ≥ 0, got %1</source>
        <translation>должно быть ≥ 0, получено %1</translation>
    </message>
    <message>
        <source>must be &gt; 0, got %1</source>
        <translation>должно быть &gt; 0, получено %1</translation>
    </message>
    <message>
        <source>must be between 0 and 1, got %1</source>
        <translation>должно быть от 0 до 1, получено %1</translation>
    </message>
    <message>
        <source>must be ≥ %1, got %2</source>
        <translation>должно быть ≥ %1, получено %2</translation>
    </message>
    <message>
        <source>must be ≤ %1, got %2</source>
        <translation>должно быть ≤ %1, получено %2</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>должно быть целым числом, получено %1</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;: it is neither in the catalog nor in the scenario&apos;s models</source>
        <translation>неизвестная модель &quot;%1&quot;: её нет ни в каталоге, ни в моделях сценария</translation>
    </message>
    <message>
        <source>no step is named &quot;%1&quot;</source>
        <translation>нет шага с именем &quot;%1&quot;</translation>
    </message>
    <message>
        <source>another step is already named &quot;%1&quot;</source>
        <translation>другой шаг уже называется &quot;%1&quot;</translation>
    </message>
    <message>
        <source>steps wait for each other in a cycle (%1)</source>
        <translation>шаги ожидают друг друга по кругу (%1)</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (one of %2)</source>
        <translation>неизвестный тариф &quot;%1&quot; (допустимые: %2)</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier</source>
        <translation>%1 не предлагает тариф %2</translation>
    </message>
    <message>
        <source>the file was written by a newer Fulcrum (format version %1; this one reads up to %2)</source>
        <translation>файл записан более новой версией Fulcrum (версия формата %1; эта версия читает до %2)</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got %1</source>
        <translation>должно быть целым числом ≥ 1, получено %1</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded</source>
        <translation>версию формата %1 нельзя обновить</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>имеет значение &quot;%1&quot;, ожидалось &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the pipeline has no steps</source>
        <translation>в конвейере нет шагов</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (one of %2)</source>
        <translation>неизвестное распределение &quot;%1&quot; (допустимые: %2)</translation>
    </message>
    <message>
        <source>a log-normal range needs its median and exactly one of p10 and p90</source>
        <translation>для логнормального диапазона нужны медиана и ровно одно из значений p10 и p90</translation>
    </message>
    <message>
        <source>the range is out of order (it needs low ≤ likely ≤ high, or p10 &lt; median &lt; p90)</source>
        <translation>границы диапазона нарушены (нужно low ≤ likely ≤ high или p10 &lt; median &lt; p90)</translation>
    </message>
    <message>
        <source>a success is worth nothing and a failure costs nothing: there is no case to break even on</source>
        <translation>успешный ответ ничего не стоит, а сбой ничего не обходится: безубыточность не определена</translation>
    </message>
    <message>
        <source>the scenario already defines model &quot;%1&quot;</source>
        <translation>в сценарии уже определена модель &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the model offers no tier: give prices for at least one</source>
        <translation>у модели нет ни одного тарифа: укажите цены хотя бы для одного</translation>
    </message>
    <message>
        <source>the slowest speed (%1 tokens/s) cannot be faster than the typical one (%2)</source>
        <translation>самая низкая скорость (%1 токенов/с) не может быть выше типичной (%2)</translation>
    </message>
    <message>
        <source>no eval result for %1: its accuracy is assumed to be the target, %2</source>
        <translation>нет результата оценки для %1: его точность принимается равной целевой, %2</translation>
    </message>
    <message>
        <source>%1 has no latency figures: the pipeline&apos;s latency is unknown</source>
        <translation>у %1 нет данных о задержке: задержка конвейера неизвестна</translation>
    </message>
    <message>
        <source>%1 tokens do not fit %2&apos;s context window of %3</source>
        <translation>%1 токенов не помещаются в контекстное окно %2 размером %3</translation>
    </message>
    <message>
        <source>%1 generated tokens exceed %2&apos;s maximum output of %3</source>
        <translation>%1 генерируемых токенов превышают максимальный вывод %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has no prompt caching: nothing is cached</source>
        <translation>у %1 нет кэширования промптов: ничего не кэшируется</translation>
    </message>
    <message>
        <source>a prefix of %1 tokens is below %2&apos;s caching minimum of %3: nothing is cached</source>
        <translation>префикс из %1 токенов меньше минимума кэширования %2 (%3): ничего не кэшируется</translation>
    </message>
    <message>
        <source>%1&apos;s cache lifetime is unknown, so the hit rate cannot be derived from traffic (0 is used)</source>
        <translation>время жизни кэша %1 неизвестно, поэтому долю попаданий нельзя вывести из трафика (используется 0)</translation>
    </message>
    <message>
        <source>the break-even accuracy is %1: the case never breaks even</source>
        <translation>точность безубыточности равна %1: безубыточность недостижима</translation>
    </message>
    <message>
        <source>not a latency log: expected llmperf&apos;s individual responses (a JSON list), the result of vllm bench serve --save-result (a JSON object with &quot;ttfts&quot;) or a CSV with the header model,input_tokens,output_tokens,ttft_s,total_s</source>
        <translation>не журнал задержек: ожидались отдельные ответы llmperf (список JSON), результат vllm bench serve --save-result (объект JSON с &quot;ttfts&quot;) или CSV с заголовком model,input_tokens,output_tokens,ttft_s,total_s</translation>
    </message>
    <message>
        <source>has %1 entries but %2 has %3</source>
        <translation>содержит записей: %1, а %2 — %3</translation>
    </message>
    <message>
        <source>the request ends (%1 s) before its first token (%2 s)</source>
        <translation>запрос завершается (%1 с) раньше своего первого токена (%2 с)</translation>
    </message>
    <message>
        <source>and %1 more errors</source>
        <translation>и ещё ошибок: %1</translation>
    </message>
    <message>
        <source>line %1: the header has no &quot;%2&quot; column (it needs model, input_tokens, output_tokens, ttft_s and total_s)</source>
        <translation>строка %1: в заголовке нет столбца &quot;%2&quot; (нужны model, input_tokens, output_tokens, ttft_s и total_s)</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): the value is missing</source>
        <translation>строка %1, столбец %2 (%3): значение отсутствует</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): &quot;%4&quot; is not a number</source>
        <translation>строка %1, столбец %2 (%3): &quot;%4&quot; не является числом</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): must be ≥ 0, got %4</source>
        <translation>строка %1, столбец %2 (%3): должно быть ≥ 0, получено %4</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4 is beyond any plausible value</source>
        <translation>строка %1, столбец %2 (%3): %4 — неправдоподобное значение</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): the request ends (%4 s) before its first token</source>
        <translation>строка %1, столбец %2 (%3): запрос завершается (%4 с) раньше своего первого токена</translation>
    </message>
    <message>
        <source>the held-out fraction must be at least 0 and below 1, got %1</source>
        <translation>доля отложенной выборки должна быть не меньше 0 и меньше 1, получено %1</translation>
    </message>
    <message>
        <source>%1: no successful runs to fit</source>
        <translation>%1: нет успешных запусков для подгонки</translation>
    </message>
    <message>
        <source>%1: no run has two or more output tokens, so the time between tokens is unknown</source>
        <translation>%1: ни в одном запуске нет двух и более выходных токенов, поэтому время между токенами неизвестно</translation>
    </message>
    <message>
        <source>%1: the median time between tokens is 0 (the requests end with their first token: not streamed?), so the output speed is unknown</source>
        <translation>%1: медианное время между токенами равно 0 (запросы завершаются первым токеном: без потоковой передачи?), поэтому скорость вывода неизвестна</translation>
    </message>
    <message>
        <source>%1: every run has the same input length, so TTFT is not fitted against input (b = 0)</source>
        <translation>%1: во всех запусках одинаковая длина ввода, поэтому TTFT не подгоняется по вводу (b = 0)</translation>
    </message>
    <message>
        <source>%1 (the record starting on line %2)</source>
        <translation>%1 (запись, начинающаяся в строке %2)</translation>
    </message>
    <message>
        <source>number</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>число</translation>
    </message>
    <message>
        <source>string</source>
        <comment>a JSON value&apos;s type: text in quotes</comment>
        <translation>строка</translation>
    </message>
    <message>
        <source>object</source>
        <comment>a JSON value&apos;s type: {…}</comment>
        <translation>объект</translation>
    </message>
    <message>
        <source>list</source>
        <comment>a JSON value&apos;s type: […]</comment>
        <translation>список</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>true или false</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>number or “auto”</source>
        <comment>a JSON value&apos;s type</comment>
        <translation>число или «auto»</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: “%3” cannot stand there</source>
        <translation>недопустимый JSON в строке %1, столбце %2: здесь не может стоять «%3»</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: the file ends before the JSON does</source>
        <translation>недопустимый JSON в строке %1, столбце %2: файл кончается раньше, чем JSON</translation>
    </message>
    <message>
        <source>must be a %1</source>
        <translation>ожидается %1</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; range does not take this key; it takes %2</source>
        <translation>диапазон «%1» не принимает этот ключ; он принимает %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points, with their sign</comment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>InputLabel</name>
    <message>
        <source>Requests per day</source>
        <translation>Запросов в день</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>Рост в месяц</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <source>Peak-to-average</source>
        <translation>Пик к среднему</translation>
    </message>
    <message>
        <source>Share that can wait (async)</source>
        <translation>Доля, которая может ждать (асинхр.)</translation>
    </message>
    <message>
        <source>Value of a success</source>
        <translation>Ценность успешного ответа</translation>
    </message>
    <message>
        <source>Cost of an escalation</source>
        <translation>Стоимость эскалации</translation>
    </message>
    <message>
        <source>Churn per failure</source>
        <translation>Отток на сбой</translation>
    </message>
    <message>
        <source>Cost of a lost customer</source>
        <translation>Стоимость потери клиента</translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation>Постоянные затраты в месяц</translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation>Целевая точность</translation>
    </message>
    <message>
        <source>Network overhead</source>
        <translation>Сетевая задержка</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Бюджет задержки</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>вызовы</translation>
    </message>
    <message>
        <source>static input tokens</source>
        <translation>статические входные токены</translation>
    </message>
    <message>
        <source>dynamic input tokens</source>
        <translation>динамические входные токены</translation>
    </message>
    <message>
        <source>cache hit rate</source>
        <translation>доля попаданий в кэш</translation>
    </message>
    <message>
        <source>distinct prefixes</source>
        <translation>различные префиксы</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>выходные токены</translation>
    </message>
    <message>
        <source>reasoning tokens</source>
        <translation>токены рассуждения</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>варианты ответа</translation>
    </message>
    <message>
        <source>%1: time to first token</source>
        <translation>%1: время до первого токена</translation>
    </message>
    <message>
        <source>%1: prefill speed</source>
        <translation>%1: скорость предзаполнения</translation>
    </message>
    <message>
        <source>%1: output speed</source>
        <translation>%1: скорость вывода</translation>
    </message>
    <message>
        <source>%1: output speed at the slowest hour</source>
        <translation>%1: скорость вывода в самый медленный час</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>цена ввода</translation>
    </message>
    <message>
        <source>cached input price</source>
        <translation>цена кэшированного ввода</translation>
    </message>
    <message>
        <source>cache write price</source>
        <translation>цена записи в кэш</translation>
    </message>
    <message>
        <source>output price</source>
        <translation>цена вывода</translation>
    </message>
    <message>
        <source>reasoning price</source>
        <translation>цена рассуждений</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>model: which price (tier)</comment>
        <translation>%1: %2 (тариф «%3»)</translation>
    </message>
    <message>
        <source>%1 step: %2</source>
        <comment>step name: field</comment>
        <translation>шаг «%1»: %2</translation>
    </message>
    <message>
        <source>Accuracy of %1</source>
        <translation>Точность %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Fulcrum business case · %1</source>
        <translation>Экономическое обоснование Fulcrum · %1</translation>
    </message>
    <message>
        <source>Prices as of %1 · Fulcrum %2</source>
        <translation>Цены на %1 · Fulcrum %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>the scenario has errors; fix them before writing a report</source>
        <translation>в сценарии есть ошибки; исправьте их перед созданием отчёта</translation>
    </message>
    <message>
        <source>the report needs a QApplication (it draws the workbench&apos;s charts)</source>
        <translation>для отчёта нужен QApplication (он рисует диаграммы рабочей среды)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>accuracy unmeasured</source>
        <translation>точность не измерена</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>ниже целевой</translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation>ниже безубыточности</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>сверх бюджета</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>задержка неизвестна</translation>
    </message>
    <message>
        <source>context too long</source>
        <translation>контекст слишком длинный</translation>
    </message>
    <message>
        <source>Business case for an LLM feature</source>
        <translation>Экономическое обоснование LLM-функции</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation>Файл сценария</translation>
    </message>
    <message>
        <source>Fulcrum version</source>
        <translation>Версия Fulcrum</translation>
    </message>
    <message>
        <source>Price catalog as of</source>
        <translation>Каталог цен на</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>each request costs more than a success is worth</source>
        <translation>каждый запрос стоит дороже ценности успешного ответа</translation>
    </message>
    <message>
        <source>%1 at %2 accuracy</source>
        <translation>%1 при точности %2</translation>
    </message>
    <message>
        <source>never with the fixed costs</source>
        <translation>никогда с учётом постоянных затрат</translation>
    </message>
    <message>
        <source>%1 with the fixed costs</source>
        <translation>%1 с учётом постоянных затрат</translation>
    </message>
    <message>
        <source>Break-even accuracy</source>
        <translation>Точность безубыточности</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>Чистый результат в месяц (%1)</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>%1 за обращение</translation>
    </message>
    <message>
        <source>LLM cost per month (%1)</source>
        <translation>Затраты на LLM в месяц (%1)</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 за запрос</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>%1 at the slowest hour, budget %2</source>
        <translation>%1 в самый медленный час, бюджет %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>all batch</source>
        <translation>всё пакетно</translation>
    </message>
    <message>
        <source>a model on the path has no latency figures</source>
        <translation>у модели на пути нет данных о задержке</translation>
    </message>
    <message>
        <source>no step waits for an answer</source>
        <translation>ни один шаг не ждёт ответа</translation>
    </message>
    <message>
        <source>Notes on the figures:</source>
        <translation>Примечания к показателям:</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Экономическое обоснование</translation>
    </message>
    <message>
        <source>Net value per month at each accuracy: the case breaks even where the line crosses zero. Markers show break-even, the target, the measured accuracy (with its 95 % interval) and people&apos;s accuracy.</source>
        <translation>Чистый результат в месяц при каждой точности: безубыточность там, где линия пересекает ноль. Отметки показывают безубыточность, целевую точность, измеренную точность (с 95 % интервалом) и точность людей.</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>Стоимость запроса</translation>
    </message>
    <message>
        <source>What one request costs, by step and by kind of token.</source>
        <translation>Сколько стоит один запрос — по шагам и по видам токенов.</translation>
    </message>
    <message>
        <source>Cost over the horizon</source>
        <translation>Затраты за горизонт</translation>
    </message>
    <message>
        <source>The monthly LLM cost as traffic grows, the cumulative cost (right axis) and the cheapest feasible alternative&apos;s monthly cost.</source>
        <translation>Ежемесячные затраты на LLM по мере роста трафика, накопленные затраты (правая ось) и ежемесячные затраты самой дешёвой допустимой альтернативы.</translation>
    </message>
    <message>
        <source>Latency along the pipeline</source>
        <translation>Задержка по конвейеру</translation>
    </message>
    <message>
        <source>When each synchronous step starts and ends, split into network, queue, time to first token, prefill, reasoning and output, against the budget.</source>
        <translation>Когда начинается и заканчивается каждый синхронный шаг, с разбивкой на сеть, очередь, время до первого токена, предзаполнение, рассуждение и вывод, в сравнении с бюджетом.</translation>
    </message>
    <message>
        <source>Latency by answer length</source>
        <translation>Задержка по длине ответа</translation>
    </message>
    <message>
        <source>The pipeline&apos;s total latency as a step&apos;s output grows, typical (solid) and at the slowest hour (dashed), and the output each step can afford within the budget.</source>
        <translation>Общая задержка конвейера по мере роста вывода шага, типичная (сплошная) и в самый медленный час (пунктир), и вывод, который каждый шаг может себе позволить в рамках бюджета.</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>всех шагов</translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation>шага %1</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Альтернативы</translation>
    </message>
    <message>
        <source>Every candidate model × tier × caching: cost per month against total latency, coloured by accuracy. Faded points miss the accuracy target or the budget; the line joins the Pareto front.</source>
        <translation>Все сочетания модели-кандидата × тарифа × кэширования: затраты в месяц против общей задержки, цвет — точность. Бледные точки не достигают целевой точности или выходят за бюджет; линия соединяет фронт Парето.</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Лучшие альтернативы</translation>
    </message>
    <message>
        <source>Candidates for %1, ranked by net per month then cost; %2 of %3 shown. A feasible candidate meets the accuracy target, break-even and the latency budget.</source>
        <translation>Кандидаты для %1 по убыванию чистого результата в месяц, затем по затратам; показано %2 из %3. Допустимый кандидат достигает целевой точности и безубыточности и укладывается в бюджет задержки.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Cost / month (%1)</source>
        <translation>Затраты / мес. (%1)</translation>
    </message>
    <message>
        <source>Saving / month (%1)</source>
        <translation>Экономия / мес. (%1)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Net / month (%1)</source>
        <translation>Чистый / мес. (%1)</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Допустим</translation>
    </message>
    <message>
        <source>%1 (as written)</source>
        <translation>%1 (в текущем виде)</translation>
    </message>
    <message>
        <source>%1, cached</source>
        <translation>%1, с кэшем</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unmeasured</source>
        <translation>не измерено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>нет: %1</translation>
    </message>
    <message>
        <source>No candidate in the catalog.</source>
        <translation>В каталоге нет кандидатов.</translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation>Запас по лимитам скорости</translation>
    </message>
    <message>
        <source>Peak use per minute (average traffic × the peak-to-average factor) against each model&apos;s limits, now and over the horizon.</source>
        <translation>Пиковое использование в минуту (средний трафик × отношение пика к среднему) в сравнении с лимитами каждой модели — сейчас и на горизонте.</translation>
    </message>
    <message>
        <source>Peak tokens / min</source>
        <translation>Пик токенов / мин</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Запас</translation>
    </message>
    <message>
        <source>Peak requests / min</source>
        <translation>Пик запросов / мин</translation>
    </message>
    <message>
        <source>Over the limit from</source>
        <translation>Лимит превышен с</translation>
    </message>
    <message>
        <source>no limit stated</source>
        <translation>лимит не указан</translation>
    </message>
    <message>
        <source>never in the horizon</source>
        <translation>не в пределах горизонта</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>месяц %1</translation>
    </message>
    <message>
        <source>Every step runs on the batch tier: requests are queued, so per-minute rate limits do not bind.</source>
        <translation>Все шаги выполняются на пакетном тарифе: запросы ставятся в очередь, поэтому поминутные лимиты скорости не действуют.</translation>
    </message>
    <message>
        <source>No model of the pipeline states a rate limit.</source>
        <translation>Ни для одной модели конвейера не указан лимит скорости.</translation>
    </message>
    <message>
        <source>Assumptions: traffic and business case</source>
        <translation>Допущения: трафик и экономическое обоснование</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Запросов в день</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>Рост в месяц</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 месяц</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>Peak-to-average traffic</source>
        <translation>Отношение пика к среднему</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Asynchronous share (batch)</source>
        <translation>Доля асинхронных запросов (пакетно)</translation>
    </message>
    <message>
        <source>Network overhead per call</source>
        <translation>Сетевые накладные расходы на вызов</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Бюджет задержки</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Потоковая передача</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Value per success</source>
        <translation>Ценность успешного ответа</translation>
    </message>
    <message>
        <source>Cost per escalation</source>
        <translation>Стоимость эскалации</translation>
    </message>
    <message>
        <source>Churn rate per failure</source>
        <translation>Доля оттока на сбой</translation>
    </message>
    <message>
        <source>Cost per churned customer</source>
        <translation>Стоимость ушедшего клиента</translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation>Постоянные затраты в месяц</translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation>Целевая точность</translation>
    </message>
    <message>
        <source>People&apos;s accuracy</source>
        <translation>Точность людей</translation>
    </message>
    <message>
        <source>Cost of a failure</source>
        <translation>Стоимость сбоя</translation>
    </message>
    <message>
        <source>Assumptions: the pipeline</source>
        <translation>Допущения: конвейер</translation>
    </message>
    <message>
        <source>Token counts are averages per call; the cache hit rate is the share of the static prefix read from the prompt cache (&quot;auto&quot;: derived from the traffic and the cache&apos;s lifetime).</source>
        <translation>Число токенов — среднее на вызов; доля попаданий в кэш — часть статического префикса, читаемая из кэша промптов («авто»: выводится из трафика и времени жизни кэша).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Static in</source>
        <translation>Статич. ввод</translation>
    </message>
    <message>
        <source>Dynamic in</source>
        <translation>Динамич. ввод</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Попад. в кэш</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Рассуждение</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>auto: %1</source>
        <translation>авто: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Each step&apos;s cost per request and, on the synchronous path, when it starts and ends (typical), the wait for its first token per call and how many output tokens per call the budget affords it, the other steps as they are.</source>
        <translation>Стоимость каждого шага на запрос и, на синхронном пути, когда он начинается и заканчивается (типично), ожидание первого токена на вызов и сколько выходных токенов на вызов позволяет ему бюджет при прочих шагах без изменений.</translation>
    </message>
    <message>
        <source>Cost / request (%1)</source>
        <translation>Стоимость / запрос (%1)</translation>
    </message>
    <message>
        <source>Start – end</source>
        <translation>Начало – конец</translation>
    </message>
    <message>
        <source>First token per call</source>
        <translation>Первый токен на вызов</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>Вывод, ток./с</translation>
    </message>
    <message>
        <source>Affordable output tokens</source>
        <translation>Доступно вых. токенов</translation>
    </message>
    <message>
        <source>off the synchronous path</source>
        <translation>вне синхронного пути</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Assumptions: measured accuracy</source>
        <translation>Допущения: измеренная точность</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>the scenario&apos;s own entry: %1</source>
        <translation>собственная запись сценария: %1</translation>
    </message>
    <message>
        <source>Prices used</source>
        <translation>Использованные цены</translation>
    </message>
    <message>
        <source>In %1 per million tokens, for the pipeline&apos;s models and the alternatives shown. &quot;input&quot; means the token kind is billed at the plain input price; reasoning without a price of its own is billed as output.</source>
        <translation>В %1 за миллион токенов для моделей конвейера и показанных альтернатив. «ввод» означает, что этот вид токенов оплачивается по обычной цене ввода; рассуждение без собственной цены оплачивается как вывод.</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Кэшир. ввод</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Запись в кэш</translation>
    </message>
    <message>
        <source>As of · source</source>
        <translation>Дата · источник</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>не предлагается</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ввод</translation>
    </message>
    <message>
        <source>output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>как выше</translation>
    </message>
    <message>
        <source>Latency figures used</source>
        <translation>Использованные данные о задержке</translation>
    </message>
    <message>
        <source>Time to first token and output speed (tokens per second), typical and at the slowest hour, with the tiers&apos; queueing; from public measurements unless the scenario overrides them.</source>
        <translation>Время до первого токена и скорость вывода (токенов в секунду), типичные и в самый медленный час, с учётом очередей тарифов; по публичным измерениям, если сценарий их не переопределяет.</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Первый токен</translation>
    </message>
    <message>
        <source>Prefill tok/s</source>
        <translation>Предзаполн., ток./с</translation>
    </message>
    <message>
        <source>Slowest tok/s</source>
        <translation>Мин. ток./с</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерено</translation>
    </message>
    <message>
        <source>Over %1 samples of its uncertain inputs the case breaks even with probability %2, and the month nets at least 0 after fixed costs with probability %3.</source>
        <translation>По %1 выборкам неопределённых входных данных сценарий достигает безубыточности с вероятностью %2, а чистый результат за месяц после постоянных затрат не ниже 0 с вероятностью %3.</translation>
    </message>
    <message>
        <source>Over %1 samples of its uncertain inputs the case breaks even with probability %2.</source>
        <translation>По %1 выборкам неопределённых входных данных сценарий достигает безубыточности с вероятностью %2.</translation>
    </message>
    <message>
        <source>Beta(%1, %2) posterior</source>
        <translation>апостериорное Beta(%1, %2)</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>треугольное</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <source>log-normal</source>
        <translation>логнормальное</translation>
    </message>
    <message>
        <source>eval: %1 of %2 correct</source>
        <translation>оценка: верно %1 из %2</translation>
    </message>
    <message>
        <source>median %1, p90 %2</source>
        <translation>медиана %1, p90 %2</translation>
    </message>
    <message>
        <source>median %1, p10 %2</source>
        <translation>медиана %1, p10 %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <source>Every figure in this report is a point estimate: no input is written as a range and the measured accuracy has no eval size, so there is no spread to show. Write ranges (triangular, PERT or log-normal) in the scenario file to see how sure the case is.</source>
        <translation>Каждый показатель в этом отчёте — точечное значение: ни одно входное значение не задано диапазоном, а у измеренной точности не указан размер оценки, поэтому разброса нет. Задайте диапазоны (треугольное, PERT или логнормальное распределение) в файле сценария, чтобы увидеть, насколько надёжно обоснование.</translation>
    </message>
    <message>
        <source>The figures below come from %1 samples (seed %2): every uncertain input is drawn from its range at once, the others stay as written, and each sample is computed as the point figures are.</source>
        <translation>Приведённые ниже показатели получены по %1 выборкам (seed %2): все неопределённые входные данные одновременно берутся из своих диапазонов, остальные остаются как заданы, и каждая выборка рассчитывается так же, как точечные показатели.</translation>
    </message>
    <message>
        <source>The case breaks even in %1 of the samples, and the pipeline answers within the %2 budget in %3.</source>
        <translation>Безубыточность достигается в %1 выборок, а конвейер укладывается в бюджет %2 в %3 выборок.</translation>
    </message>
    <message>
        <source>The case breaks even in %1 of the samples.</source>
        <translation>Безубыточность достигается в %1 выборок.</translation>
    </message>
    <message>
        <source>After %1 of fixed costs per month, net per month is at least 0 in %2.</source>
        <translation>При постоянных затратах %1 в месяц чистый результат за месяц не ниже 0 в %2 выборок.</translation>
    </message>
    <message>
        <source>Net per month is %1 at the median and between %2 (P5) and %3 (P95).</source>
        <translation>Медиана чистого результата в месяц — %1, диапазон — от %2 (P5) до %3 (P95).</translation>
    </message>
    <message>
        <source>Net per month does not vary: %1.</source>
        <translation>Чистый результат в месяц не меняется: %1.</translation>
    </message>
    <message>
        <source>The LLM cost per month is %1 at the median and between %2 (P5) and %3 (P95).</source>
        <translation>Медиана затрат на LLM в месяц — %1, диапазон — от %2 (P5) до %3 (P95).</translation>
    </message>
    <message>
        <source>The LLM cost per month does not vary: %1.</source>
        <translation>Затраты на LLM в месяц не меняются: %1.</translation>
    </message>
    <message>
        <source>The total latency is %1 at the median and between %2 (P5) and %3 (P95); its p90 is %4 and its p99 %5.</source>
        <translation>Медиана общей задержки — %1, диапазон — от %2 (P5) до %3 (P95); её p90 — %4, p99 — %5.</translation>
    </message>
    <message>
        <source>The total latency does not vary: %1.</source>
        <translation>Общая задержка не меняется: %1.</translation>
    </message>
    <message>
        <source>The latency is unknown: a model on the path has no latency figures.</source>
        <translation>Задержка неизвестна: у одной из моделей конвейера нет данных о задержке.</translation>
    </message>
    <message>
        <source>What matters most for net per month: %1.</source>
        <translation>Важнее всего для чистого результата в месяц: %1.</translation>
    </message>
    <message>
        <source>What matters most for net per month: %1; for the latency: %2.</source>
        <translation>Важнее всего для чистого результата в месяц: %1; для задержки: %2.</translation>
    </message>
    <message>
        <source>Only the measured accuracy is uncertain here (its eval&apos;s Beta posterior): no input is written as a range.</source>
        <translation>Здесь неопределённа только измеренная точность (апостериорное бета-распределение её оценки): ни одно входное значение не задано диапазоном.</translation>
    </message>
    <message>
        <source>Uncertain input</source>
        <translation>Неопределённый вход</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как задано</translation>
    </message>
    <message>
        <source>Point value</source>
        <translation>Точечное значение</translation>
    </message>
    <message>
        <source>Low – high</source>
        <translation>Мин. – макс.</translation>
    </message>
    <message>
        <source>The point value is what the rest of the report uses. Low – high are the ends the tornado charts put each input at: as written for a triangular or PERT range, the 5th and 95th percentiles for a log-normal range or a posterior.</source>
        <translation>Точечное значение используется во всём остальном отчёте. Мин. – макс. — границы, в которые диаграммы «торнадо» ставят каждый вход: как задано для треугольного диапазона или PERT; 5-й и 95-й перцентили для логнормального диапазона или апостериорного распределения.</translation>
    </message>
    <message>
        <source>Uncertainty: the spread of the outcomes</source>
        <translation>Неопределённость: разброс результатов</translation>
    </message>
    <message>
        <source>How the samples spread, with P5, P50 and P95 marked, and break even (net 0) or the latency budget.</source>
        <translation>Распределение выборок с отметками P5, P50 и P95, а также безубыточности (чистый результат 0) или бюджета задержки.</translation>
    </message>
    <message>
        <source>An outcome that does not vary in the samples gets no histogram.</source>
        <translation>Для результата, который не меняется в выборках, гистограмма не строится.</translation>
    </message>
    <message>
        <source>Uncertainty: what moves the figures</source>
        <translation>Неопределённость: что влияет на показатели</translation>
    </message>
    <message>
        <source>Each uncertain input alone at its low and its high end, every other input at its point value: how far it moves net per month and the total latency from the point figures (the vertical line). The largest swing is on top.</source>
        <translation>Каждый неопределённый вход по отдельности на минимуме и на максимуме, все остальные — в точечных значениях: насколько он сдвигает чистый результат в месяц и общую задержку относительно точечных показателей (вертикальная линия). Наибольший размах — вверху.</translation>
    </message>
    <message>
        <source>No uncertain input moves the latency: there is no latency tornado.</source>
        <translation>Ни один неопределённый вход не влияет на задержку: диаграммы «торнадо» для задержки нет.</translation>
    </message>
    <message>
        <source>No uncertain input moves net per month: there is no tornado of it.</source>
        <translation>Ни один неопределённый вход не влияет на чистый результат в месяц: диаграммы «торнадо» для него нет.</translation>
    </message>
    <message>
        <source>What matters most for the latency: %1; no uncertain input moves net per month.</source>
        <translation>Важнее всего для задержки: %1; ни один неопределённый входной параметр не меняет чистый результат в месяц.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two details of a headline figure</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>an assumed %1 (no eval result)</source>
        <translation>предположительно %1 (нет результата оценки)</translation>
    </message>
    <message>
        <source>%1 measured (95 % interval %2 to %3 on %4 examples)</source>
        <translation>%1, измерено (95 % интервал от %2 до %3, примеров: %4)</translation>
    </message>
    <message>
        <source>Break-even accuracy %1; at %2 the margin is %3 points.</source>
        <translation>Точность безубыточности %1; при %2 запас составляет %3 п. п.</translation>
    </message>
    <message>
        <source>Net %1 per month on %2 cases (%3 per case).</source>
        <translation>Чистый результат %1 в месяц, обращений: %2 (%3 на обращение).</translation>
    </message>
    <message>
        <source>LLM cost %1 per request, %2 per day, %3 per month; %4 over %5 months of growth.</source>
        <translation>Затраты на LLM: %1 на запрос, %2 в день, %3 в месяц; %4 за %5 мес. роста.</translation>
    </message>
    <message>
        <source>Latency unknown: a model on the synchronous path has no latency figures.</source>
        <translation>Задержка неизвестна: у модели на синхронном пути нет данных о задержке.</translation>
    </message>
    <message>
        <source>First token after %1, whole answer after %2 (%3 at the slowest hour) against a %4 budget: %5.</source>
        <translation>Первый токен через %1, весь ответ через %2 (%3 в самый медленный час) при бюджете %4: %5.</translation>
    </message>
    <message>
        <source>holds even at the slowest hour</source>
        <translation>бюджет выдерживается даже в самый медленный час</translation>
    </message>
    <message>
        <source>holds typically, not at the slowest hour</source>
        <translation>бюджет выдерживается обычно, но не в самый медленный час</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>бюджет превышен</translation>
    </message>
    <message>
        <source> with prompt caching</source>
        <translation> с кэшированием промптов</translation>
    </message>
    <message>
        <source>No feasible alternative meets the accuracy target and the budget.</source>
        <translation>Ни одна допустимая альтернатива не обеспечивает целевую точность в рамках бюджета.</translation>
    </message>
    <message>
        <source>At an assumed %1 accuracy (%2 has no eval result)</source>
        <translation>При предполагаемой точности %1 (для %2 нет результата оценки)</translation>
    </message>
    <message>
        <source>At %1 measured accuracy (±%2 points on %3 examples)</source>
        <translation>При измеренной точности %1 (±%2 п. п., примеров: %3)</translation>
    </message>
    <message>
        <source>At %1 measured accuracy</source>
        <translation>При измеренной точности %1</translation>
    </message>
    <message>
        <source>nets %1 per month</source>
        <translation>приносит %1 в месяц</translation>
    </message>
    <message>
        <source>loses %1 per month</source>
        <translation>теряет %1 в месяц</translation>
    </message>
    <message>
        <source>%1 the case cannot break even: each request&apos;s LLM cost is more than a success is worth, and it %2.</source>
        <translation>%1 безубыточность недостижима: затраты на LLM на каждый запрос выше ценности успешного ответа, и сценарий %2.</translation>
    </message>
    <message>
        <source>%1 the case is %2 points above its %3 break-even and %4.</source>
        <translation>%1 сценарий на %2 п. п. выше своей точки безубыточности (%3) и %4.</translation>
    </message>
    <message>
        <source>%1 the case is %2 points below its %3 break-even and %4.</source>
        <translation>%1 сценарий на %2 п. п. ниже своей точки безубыточности (%3) и %4.</translation>
    </message>
    <message>
        <source>With %1 of fixed costs per month no accuracy breaks even at this traffic.</source>
        <translation>При постоянных затратах %1 в месяц безубыточность при таком трафике недостижима ни при какой точности.</translation>
    </message>
    <message>
        <source>With %1 of fixed costs per month the month breaks even at %2 accuracy (%3 points %4).</source>
        <translation>При постоянных затратах %1 в месяц месячная безубыточность достигается при точности %2 (на %3 п. п. %4).</translation>
    </message>
    <message>
        <source>above it</source>
        <translation>выше неё</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>ниже неё</translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is %1.</source>
        <translation>С учётом размера оценки вероятность того, что истинная точность выше безубыточности, составляет %1.</translation>
    </message>
    <message>
        <source>Every step runs on the batch tier, so no user waits on the pipeline.</source>
        <translation>Все шаги выполняются на пакетном тарифе, поэтому ни один пользователь не ждёт конвейер.</translation>
    </message>
    <message>
        <source>The latency is unknown: a model on the synchronous path has no latency figures.</source>
        <translation>Задержка неизвестна: у модели на синхронном пути нет данных о задержке.</translation>
    </message>
    <message>
        <source>The pipeline answers in %1 (%2 at the slowest hour) against a %3 budget, the first token after %4: %5.</source>
        <translation>Конвейер отвечает за %1 (%2 в самый медленный час) при бюджете %3, первый токен — через %4: %5.</translation>
    </message>
    <message>
        <source>the budget holds even at the slowest hour</source>
        <translation>бюджет выдерживается даже в самый медленный час</translation>
    </message>
    <message>
        <source>the budget holds typically but not at the slowest hour</source>
        <translation>бюджет выдерживается обычно, но не в самый медленный час</translation>
    </message>
    <message>
        <source>The LLM costs %1 per request, %2 per month now and %3 over the %4-month horizon at %5 monthly growth.</source>
        <translation>Затраты на LLM: %1 на запрос, %2 в месяц сейчас и %3 за горизонт %4 мес. при росте %5 в месяц.</translation>
    </message>
    <message>
        <source>%1 on the %2 tier</source>
        <translation>%1 на тарифе %2</translation>
    </message>
    <message>
        <source>%1 with prompt caching</source>
        <translation>%1 с кэшированием промптов</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>всех шагов</translation>
    </message>
    <message>
        <source>the %1 step</source>
        <translation>шага %1</translation>
    </message>
    <message>
        <source>No alternative in the catalog meets the accuracy target, break-even and the budget.</source>
        <translation>Ни одна альтернатива в каталоге не обеспечивает целевую точность, безубыточность и бюджет.</translation>
    </message>
    <message>
        <source>%1 is over its rate limit at peak traffic already.</source>
        <translation>%1 уже превышает свой лимит скорости при пиковом трафике.</translation>
    </message>
    <message>
        <source>%1 reaches its rate limit at peak traffic in month %2.</source>
        <translation>%1 достигает своего лимита скорости при пиковом трафике в месяце %2.</translation>
    </message>
    <message>
        <source>Best feasible alternative for %1: %2 on the %3 tier%4, saving %5 per month and netting %6 more.</source>
        <translation>Лучшая допустимая альтернатива для %1: %2 на тарифе %3%4, экономия %5 в месяц, чистый результат на %6 больше.</translation>
    </message>
    <message>
        <source>Best feasible alternative for %1: %2 on the %3 tier%4, costing %5 more per month and netting %6 more.</source>
        <translation>Лучшая допустимая альтернатива для %1: %2 на тарифе %3%4, на %5 в месяц дороже, чистый результат на %6 больше.</translation>
    </message>
    <message>
        <source>No alternative that meets the accuracy target and the budget raises the net per month.</source>
        <translation>Ни одна альтернатива, обеспечивающая целевую точность в рамках бюджета, не повышает чистый результат в месяц.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 would save %3 per month, raise the net by %4 per month and still meet the accuracy target, break-even and the budget.</source>
        <translation>Перевод %1 на %2 сэкономил бы %3 в месяц и повысил бы чистый результат на %4 в месяц с сохранением целевой точности, безубыточности и бюджета.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 would raise the net by %3 per month for %4 more in LLM cost, and still meet the accuracy target, break-even and the budget.</source>
        <translation>Перевод %1 на %2 повысил бы чистый результат на %3 в месяц при затратах на LLM на %4 больше, с сохранением целевой точности, безубыточности и бюджета.</translation>
    </message>
    <message>
        <source>No alternative that meets the accuracy target, break-even and the budget raises the net per month.</source>
        <translation>Ни одна альтернатива, обеспечивающая целевую точность, безубыточность и бюджет, не повышает чистый результат в месяц.</translation>
    </message>
    <message>
        <source>The cheapest alternative that also raises the net is %1: it saves %2 per month and nets %3 more.</source>
        <translation>Самая дешёвая альтернатива, которая тоже повышает чистый результат, — %1: экономия %2 в месяц, чистый результат на %3 больше.</translation>
    </message>
    <message>
        <source>The cheapest alternative that meets them, %1, would save %2 per month but net %3 less.</source>
        <translation>Самая дешёвая альтернатива, отвечающая этим условиям, — %1: она сэкономила бы %2 в месяц, но чистый результат был бы на %3 меньше.</translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is over %1.</source>
        <translation>С учётом размера оценки вероятность того, что истинная точность выше безубыточности, превышает %1.</translation>
    </message>
    <message>
        <source>Given the eval&apos;s size, the chance that the true accuracy is above break-even is under %1.</source>
        <translation>С учётом размера оценки вероятность того, что истинная точность выше безубыточности, составляет менее %1.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакетный</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Flex</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритетный</translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesPanel</name>
    <message>
        <source>Filter by model or provider</source>
        <translation>Фильтр по модели или провайдеру</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Все тарифы</translation>
    </message>
    <message>
        <source>Feasible only</source>
        <translation>Только допустимые</translation>
    </message>
    <message>
        <source>Pareto front only</source>
        <translation>Только фронт Парето</translation>
    </message>
    <message>
        <source>Only the candidates that no other beats on cost, latency and accuracy at once</source>
        <translation>Только кандидаты, которых никто не превосходит одновременно по затратам, задержке и точности</translation>
    </message>
    <message>
        <source>With caching only</source>
        <translation>Только с кэшированием</translation>
    </message>
    <message>
        <source>Which step&apos;s model the candidates replace</source>
        <translation>Модель какого шага заменяют кандидаты</translation>
    </message>
    <message>
        <source>Candidates &amp;replace:</source>
        <translation>Кандидаты за&amp;меняют:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Прим&amp;енить</translation>
    </message>
    <message>
        <source>Switch the scenario to the selected candidate (undoable)</source>
        <translation>Перевести сценарий на выбранного кандидата (можно отменить)</translation>
    </message>
    <message>
        <source>Apply to the Scenario</source>
        <translation>Применить к сценарию</translation>
    </message>
    <message>
        <source>Final step</source>
        <translation>Последний шаг</translation>
    </message>
    <message>
        <source>Final step (%1)</source>
        <translation>Последний шаг (%1)</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Все шаги</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>Шаг «%1»</translation>
    </message>
    <message>
        <source>No candidates: the scenario has errors.</source>
        <translation>Нет кандидатов: в сценарии есть ошибки.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidates shown</source>
        <translation>
            <numerusform>Показано %1 из %n кандидата</numerusform>
            <numerusform>Показано %1 из %n кандидатов</numerusform>
            <numerusform>Показано %1 из %n кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>each replaces the model of every step</source>
        <translation>каждый заменяет модель всех шагов</translation>
    </message>
    <message>
        <source>each replaces the model of step “%1”</source>
        <translation>каждый заменяет модель шага «%1»</translation>
    </message>
    <message>
        <source>%1; %2. Bold: the scenario as written.</source>
        <translation>%1; %2. Жирным: сценарий в текущем виде.</translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesScatter</name>
    <message>
        <source>accuracy unmeasured</source>
        <translation>точность не измерена</translation>
    </message>
    <message>
        <source>below the target</source>
        <translation>ниже целевой</translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation>ниже безубыточности</translation>
    </message>
    <message>
        <source>over the latency budget</source>
        <translation>сверх бюджета задержки</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>задержка неизвестна</translation>
    </message>
    <message>
        <source>context window exceeded</source>
        <translation>превышено контекстное окно</translation>
    </message>
    <message>
        <source>Cost per month (log scale)</source>
        <translation>Затраты в месяц (лог. шкала)</translation>
    </message>
    <message>
        <source>Latency, total (s, log scale)</source>
        <translation>Общая задержка (с, лог. шкала)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Точность (%)</translation>
    </message>
    <message>
        <source>Cost per month (%1, log scale)</source>
        <translation>Затраты в месяц (%1, лог. шкала)</translation>
    </message>
    <message>
        <source>No alternatives in the catalog</source>
        <translation>В каталоге нет альтернатив</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>Затраты в месяц (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), %3, cached</source>
        <translation>%1 (%2), %3, с кэшем</translation>
    </message>
    <message>
        <source>%1 (%2), %3, no caching</source>
        <translation>%1 (%2), %3, без кэша</translation>
    </message>
    <message>
        <source>cost: %1 per month</source>
        <translation>затраты: %1 в месяц</translation>
    </message>
    <message>
        <source>(saves %1)</source>
        <translation>(экономия %1)</translation>
    </message>
    <message>
        <source>latency: %1 (slowest hour %2)</source>
        <translation>задержка: %1 (в самый медленный час %2)</translation>
    </message>
    <message>
        <source>accuracy: %1 (assumed unchanged)</source>
        <translation>точность: %1 (предположительно без изменений)</translation>
    </message>
    <message>
        <source>accuracy: %1</source>
        <translation>точность: %1</translation>
    </message>
    <message>
        <source>net per month: %1</source>
        <translation>чистый результат в месяц: %1</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>допустимый</translation>
    </message>
    <message>
        <source>not feasible: %1</source>
        <translation>недопустимый: %1</translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation>на фронте Парето</translation>
    </message>
    <message>
        <source>the scenario as written</source>
        <translation>сценарий как есть</translation>
    </message>
    <message>
        <source>%1, %2, cached</source>
        <translation>%1, %2, с кэшем</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>above: latency unknown</source>
        <translation>сверху: задержка неизвестна</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Фронт Парето</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>альтернативы</translation>
    </message>
    <message>
        <source>faded: not feasible</source>
        <translation>бледные: не подходят</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>выбрано: %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::AlternativesTableModel</name>
    <message>
        <source>Feasible</source>
        <translation>Подходит</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>ниже целевой</translation>
    </message>
    <message>
        <source>below break-even</source>
        <translation>ниже безубыточности</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>вне бюджета</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>задержка неизвестна</translation>
    </message>
    <message>
        <source>accuracy unmeasured</source>
        <translation>точность не измерена</translation>
    </message>
    <message>
        <source>context too small</source>
        <translation>мал контекст</translation>
    </message>
    <message>
        <source>Not feasible</source>
        <translation>Не подходит</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>unmeasured</source>
        <translation>не измерена</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (без изменений)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The scenario as written</source>
        <translation>Сценарий как есть</translation>
    </message>
    <message>
        <source>With prompt caching</source>
        <translation>С кэшированием промптов</translation>
    </message>
    <message>
        <source>Without prompt caching</source>
        <translation>Без кэширования промптов</translation>
    </message>
    <message>
        <source>Cheaper than the scenario by this much per month</source>
        <translation>На сколько дешевле сценария в месяц</translation>
    </message>
    <message>
        <source>Dearer than the scenario by this much per month</source>
        <translation>На сколько дороже сценария в месяц</translation>
    </message>
    <message>
        <source>A model on the synchronous path has no latency figures</source>
        <translation>У модели на синхронном пути нет данных о задержке</translation>
    </message>
    <message>
        <source>First token after %1; whole answer after %2 (%3 at the slowest hour)</source>
        <translation>Первый токен через %1; весь ответ через %2 (%3 в самый медленный час)</translation>
    </message>
    <message>
        <source>An earlier step changes: the final step&apos;s accuracy is assumed unchanged</source>
        <translation>Меняется один из предыдущих шагов: точность последнего шага считается неизменной</translation>
    </message>
    <message>
        <source>No eval result for %1</source>
        <translation>Нет результата оценки для %1</translation>
    </message>
    <message>
        <source>No eval result: the target accuracy is assumed</source>
        <translation>Нет результата оценки: принята целевая точность</translation>
    </message>
    <message>
        <source>From the eval of %1</source>
        <translation>По оценке %1</translation>
    </message>
    <message>
        <source>Break-even accuracy %1: no accuracy breaks even</source>
        <translation>Точность безубыточности %1: безубыточность недостижима ни при какой точности</translation>
    </message>
    <message>
        <source>The accuracy at which the feature pays for itself</source>
        <translation>Точность, при которой функция окупается</translation>
    </message>
    <message>
        <source>Unknown without an eval result for %1</source>
        <translation>Неизвестно без результата оценки для %1</translation>
    </message>
    <message>
        <source>Accurate enough and within the latency budget</source>
        <translation>Достаточно точна и укладывается в бюджет задержки</translation>
    </message>
    <message>
        <source>On the Pareto front: no other candidate is cheaper, faster and more accurate at once</source>
        <translation>На фронте Парето: ни один другой кандидат не является одновременно дешевле, быстрее и точнее</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Cost
per month</source>
        <translation>Затраты
в месяц</translation>
    </message>
    <message>
        <source>Saving
per month</source>
        <translation>Экономия
в месяц</translation>
    </message>
    <message>
        <source>Latency
(typical)</source>
        <translation>Задержка
(обычная)</translation>
    </message>
    <message>
        <source>Latency
(slowest)</source>
        <translation>Задержка
(макс.)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Безубыточность</translation>
    </message>
    <message>
        <source>Net
per month</source>
        <translation>Чистый
в месяц</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>Ranked by net per month, then by cost</source>
        <translation>Упорядочено по чистому результату в месяц, затем по затратам</translation>
    </message>
    <message>
        <source>The pipeline&apos;s whole answer at typical speed</source>
        <translation>Полный ответ конвейера при обычной скорости</translation>
    </message>
    <message>
        <source>The pipeline&apos;s whole answer at the provider&apos;s busiest hour</source>
        <translation>Полный ответ конвейера в самый загруженный час провайдера</translation>
    </message>
    <message>
        <source>The final step&apos;s eval accuracy</source>
        <translation>Точность последнего шага по оценке</translation>
    </message>
    <message>
        <source>The accuracy needed to break even at this cost</source>
        <translation>Точность, нужная для безубыточности при этих затратах</translation>
    </message>
    <message>
        <source>Feasible: accuracy at least the target and break-even, latency within budget</source>
        <translation>Подходит: точность не ниже целевой и безубыточной, задержка в рамках бюджета</translation>
    </message>
    <message>
        <source>On the front of cost × latency × accuracy</source>
        <translation>На фронте затраты × задержка × точность</translation>
    </message>
</context>
<context>
    <name>fulcrum::BusinessCaseChart</name>
    <message>
        <source>Accuracy (%)</source>
        <translation>Точность (%)</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>Чистый результат в месяц (%1)</translation>
    </message>
    <message>
        <source>net per month</source>
        <translation>чистый результат в месяц</translation>
    </message>
    <message>
        <source>Net per month
at %1 accuracy: %2</source>
        <translation>Чистый результат в месяц
при точности %1: %2</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>прибыль</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>убыток</translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation>безубыточность %1</translation>
    </message>
    <message>
        <source>Break-even accuracy: %1
below it the feature loses money</source>
        <translation>Точность безубыточности: %1
ниже неё функция убыточна</translation>
    </message>
    <message>
        <source>per case %1</source>
        <translation>на обращение %1</translation>
    </message>
    <message>
        <source>Break-even accuracy per case, before fixed costs: %1</source>
        <translation>Точность безубыточности на обращение, без учёта постоянных затрат: %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>Target accuracy: %1
net per month: %2</source>
        <translation>Целевая точность: %1
чистый результат в месяц: %2</translation>
    </message>
    <message>
        <source>Accuracy assumed (no eval of %1): %2</source>
        <translation>Принятая точность (нет оценки %1): %2</translation>
    </message>
    <message>
        <source>Measured accuracy of %1: %2</source>
        <translation>Измеренная точность %1: %2</translation>
    </message>
    <message>
        <source>95 % interval: %1 – %2 (%3 examples)</source>
        <translation>95 % интервал: %1 – %2 (примеров: %3)</translation>
    </message>
    <message>
        <source>chance it is above break-even: %1</source>
        <translation>вероятность превысить безубыточность: %1</translation>
    </message>
    <message>
        <source>net per month: %1</source>
        <translation>чистый результат в месяц: %1</translation>
    </message>
    <message>
        <source>assumed %1</source>
        <translation>принято %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>измерено %1</translation>
    </message>
    <message>
        <source>human %1</source>
        <translation>человек %1</translation>
    </message>
    <message>
        <source>Human accuracy: %1
net per month at it: %2</source>
        <translation>Точность человека: %1
чистый результат в месяц при ней: %2</translation>
    </message>
    <message>
        <source>measured, 95 % interval</source>
        <translation>измерено, 95 % интервал</translation>
    </message>
    <message>
        <source>Never breaks even: the break-even accuracy would be %1</source>
        <translation>Безубыточность недостижима: точность безубыточности была бы %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationPanel</name>
    <message>
        <source>&amp;Import Latency Logs…</source>
        <translation>&amp;Импорт журналов задержки…</translation>
    </message>
    <message>
        <source>llmperf *_individual_responses.json, vllm bench serve --save-result JSON, or a CSV with model,input_tokens,output_tokens,ttft_s,total_s</source>
        <translation>llmperf *_individual_responses.json, JSON из vllm bench serve --save-result или CSV со столбцами model,input_tokens,output_tokens,ttft_s,total_s</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Share of each model&apos;s runs kept out of the fit to test it (every k-th run)</source>
        <translation>Доля запусков каждой модели, не используемых в подгонке, для её проверки (каждый k-й запуск)</translation>
    </message>
    <message>
        <source>Hol&amp;d out</source>
        <translation>Отло&amp;жить</translation>
    </message>
    <message>
        <source>a model of the catalog or the scenario</source>
        <translation>модель из каталога или сценария</translation>
    </message>
    <message>
        <source>Selected fit&apos;s latency &amp;goes into</source>
        <translation>Задержку вы&amp;бранной подгонки записать в</translation>
    </message>
    <message>
        <source>Appl&amp;y to Catalog</source>
        <translation>При&amp;менить к каталогу</translation>
    </message>
    <message>
        <source>Write the fitted TTFT, prefill and output speeds into the scenario&apos;s figures for this model, dated by the run (one undoable edit)</source>
        <translation>Записать подобранные TTFT, скорость предзаполнения и скорость вывода в данные сценария для этой модели с датой запуска (одна отменяемая правка)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 runs, %4 failed and skipped, run %5</source>
        <translation>%1 — %2, запусков: %3, неудачных и пропущенных: %4, выполнено %5</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>в неизвестную дату</translation>
    </message>
    <message>
        <source>No latency log imported. Import your own measurements to fit TTFT and output speed to them and see how well the model predicts.</source>
        <translation>Журнал задержки не импортирован. Импортируйте свои измерения, чтобы подогнать под них TTFT и скорость вывода и проверить точность прогноза модели.</translation>
    </message>
    <message>
        <source>This fit has no runs with two or more output tokens: nothing to apply</source>
        <translation>В этой подгонке нет запусков с двумя и более выходными токенами: применять нечего</translation>
    </message>
    <message>
        <source>Choose a model of the catalog or the scenario to write the latency into</source>
        <translation>Выберите модель из каталога или сценария, в которую записать задержку</translation>
    </message>
    <message>
        <source>Write the fitted TTFT, prefill and output speeds into the scenario&apos;s figures for %1, dated by the run (one undoable edit)</source>
        <translation>Записать подобранные TTFT, скорость предзаполнения и скорость вывода в данные сценария для %1 с датой запуска (одна отменяемая правка)</translation>
    </message>
    <message>
        <source> %</source>
        <comment>the held-out share&apos;s unit</comment>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationScatter</name>
    <message>
        <source>Measured end-to-end latency (s)</source>
        <translation>Измеренная полная задержка (с)</translation>
    </message>
    <message>
        <source>Predicted end-to-end latency (s)</source>
        <translation>Прогнозная полная задержка (с)</translation>
    </message>
    <message>
        <source>Import a latency log to compare predicted and measured latency</source>
        <translation>Импортируйте журнал задержки, чтобы сравнить прогноз с измерениями</translation>
    </message>
    <message>
        <source>%1, held out</source>
        <translation>%1, отложенная выборка</translation>
    </message>
    <message>
        <source>%1
measured %2, predicted %3</source>
        <translation>%1
измерено %2, прогноз %3</translation>
    </message>
    <message>
        <source>predicted = measured</source>
        <translation>прогноз = измерение</translation>
    </message>
    <message>
        <source>Predicted = measured: points above were predicted slower</source>
        <translation>Прогноз = измерение: для точек выше прогноз был медленнее</translation>
    </message>
</context>
<context>
    <name>fulcrum::CalibrationTableModel</name>
    <message>
        <source>TTFT = %1 + %2 s per input token</source>
        <translation>TTFT = %1 + %2 с на входной токен</translation>
    </message>
    <message>
        <source>Every run had the same input length: the median TTFT, not fitted against input</source>
        <translation>У всех запусков одинаковая длина ввода: медиана TTFT без подгонки по вводу</translation>
    </message>
    <message numerus="yes">
        <source>Predicted against measured end-to-end latency on the %n fitted runs</source>
        <translation>
            <numerusform>Прогноз и измерение полной задержки на %n запуске подгонки</numerusform>
            <numerusform>Прогноз и измерение полной задержки на %n запусках подгонки</numerusform>
            <numerusform>Прогноз и измерение полной задержки на %n запусках подгонки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out runs the fit did not see</source>
        <translation>
            <numerusform>На %n отложенном запуске, которого подгонка не видела</numerusform>
            <numerusform>На %n отложенных запусках, которых подгонка не видела</numerusform>
            <numerusform>На %n отложенных запусках, которых подгонка не видела</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs held out</source>
        <translation>Нет отложенных запусков</translation>
    </message>
    <message>
        <source>Run date unknown</source>
        <translation>Дата запуска неизвестна</translation>
    </message>
    <message>
        <source>Run on %1</source>
        <translation>Выполнено %1</translation>
    </message>
    <message>
        <source>not varied</source>
        <translation>не менялась</translation>
    </message>
    <message>
        <source>a: the time to first token before input is counted (the median of TTFT − b × input)</source>
        <translation>a: время до первого токена без учёта ввода (медиана TTFT − b × ввод)</translation>
    </message>
    <message>
        <source>1 / b, where TTFT = a + b × input tokens, fitted by non-negative least squares</source>
        <translation>1 / b, где TTFT = a + b × входные токены, подгонка методом неотрицательных наименьших квадратов</translation>
    </message>
    <message>
        <source>1 / the median time between tokens, (end-to-end − TTFT) / (output tokens − 1)</source>
        <translation>1 / медиана времени между токенами, (полная − TTFT) / (выходные токены − 1)</translation>
    </message>
    <message>
        <source>1 / the 90th percentile of the time between tokens</source>
        <translation>1 / 90-й перцентиль времени между токенами</translation>
    </message>
    <message>
        <source>Median absolute percentage error of the predicted end-to-end latency</source>
        <translation>Медианная абсолютная процентная ошибка прогноза полной задержки</translation>
    </message>
    <message>
        <source>Model / endpoint</source>
        <translation>Модель / эндпоинт</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Неудачные</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Prefill tok/s</source>
        <translation>Предзапол. ток/с</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>Вывод ток/с</translation>
    </message>
    <message>
        <source>Slowest tok/s</source>
        <translation>Мин. ток/с</translation>
    </message>
    <message>
        <source>Error (median %)</source>
        <translation>Ошибка (медиана %)</translation>
    </message>
    <message>
        <source>Error p50</source>
        <translation>Ошибка p50</translation>
    </message>
    <message>
        <source>Error p90</source>
        <translation>Ошибка p90</translation>
    </message>
    <message>
        <source>Held-out error</source>
        <translation>Ошибка на отлож.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>fulcrum::CatalogPanel</name>
    <message>
        <source>Filter by id, provider or name</source>
        <translation>Фильтр по id, провайдеру или названию</translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM File…</source>
        <translation>&amp;Импорт файла LiteLLM…</translation>
    </message>
    <message>
        <source>Update prices from LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation>Обновить цены из файла LiteLLM model_prices_and_context_window.json</translation>
    </message>
    <message>
        <source>&amp;Revert to Catalog</source>
        <translation>В&amp;ернуть к каталогу</translation>
    </message>
    <message>
        <source>Drop the scenario&apos;s own figures for the selected model</source>
        <translation>Удалить собственные данные сценария для выбранной модели</translation>
    </message>
    <message>
        <source>Revert to Catalog</source>
        <translation>Вернуть к каталогу</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Catalog as of %1&lt;/b&gt; · %n models</source>
        <translation>
            <numerusform>&lt;b&gt;Каталог на %1&lt;/b&gt; · %n модель</numerusform>
            <numerusform>&lt;b&gt;Каталог на %1&lt;/b&gt; · %n модели</numerusform>
            <numerusform>&lt;b&gt;Каталог на %1&lt;/b&gt; · %n моделей</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>неизвестную дату</translation>
    </message>
    <message numerus="yes">
        <source>%n overridden by this scenario</source>
        <translation>
            <numerusform>%n переопределена этим сценарием</numerusform>
            <numerusform>%n переопределены этим сценарием</numerusform>
            <numerusform>%n переопределено этим сценарием</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added by this scenario</source>
        <translation>
            <numerusform>%n добавлена этим сценарием</numerusform>
            <numerusform>%n добавлены этим сценарием</numerusform>
            <numerusform>%n добавлено этим сценарием</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Prices in %1 per million tokens. Double-click a cell to edit it; an empty cell means “not offered” or “unknown”. Bold rows are this scenario&apos;s own.</source>
        <translation>Цены в %1 за миллион токенов. Дважды щёлкните ячейку, чтобы изменить её; пустая ячейка означает «не предлагается» или «неизвестно». Жирным выделены строки самого сценария.</translation>
    </message>
</context>
<context>
    <name>fulcrum::CatalogTableModel</name>
    <message>
        <source>input</source>
        <translation>ввод</translation>
    </message>
    <message>
        <source>cached input</source>
        <translation>кэшированный ввод</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>запись в кэш</translation>
    </message>
    <message>
        <source>output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Переопределена</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Источник неизвестен</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>As of %1; source: %2</source>
        <translation>Данные на %1; источник: %2</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier. To offer it, type its input and output prices as “input / output”.</source>
        <translation>%1 не предлагает тариф %2. Чтобы добавить его, введите цены ввода и вывода в виде «ввод / вывод».</translation>
    </message>
    <message>
        <source>No cache-write price: cache writes are billed as plain input</source>
        <translation>Нет цены записи в кэш: запись в кэш оплачивается как обычный ввод</translation>
    </message>
    <message>
        <source>No price of its own: billed at the tier&apos;s plain input price</source>
        <translation>Нет собственной цены: оплачивается по цене обычного ввода в тарифе</translation>
    </message>
    <message>
        <source>No latency figures: enter the output speed first</source>
        <translation>Нет данных о задержке: сначала введите скорость вывода</translation>
    </message>
    <message>
        <source>Unknown: input processing time is not modelled</source>
        <translation>Неизвестно: время обработки ввода не моделируется</translation>
    </message>
    <message>
        <source>Unknown: the typical speed is used</source>
        <translation>Неизвестно: используется обычная скорость</translation>
    </message>
    <message>
        <source>The scenario overrides the catalog&apos;s entry (Revert to catalog drops the override)</source>
        <translation>Сценарий переопределяет запись каталога (команда «Вернуть к каталогу» удаляет переопределение)</translation>
    </message>
    <message>
        <source>Defined by the scenario; not in the catalog</source>
        <translation>Задана сценарием; в каталоге отсутствует</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>%1 %2 price</source>
        <translation>Цена (%1, %2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Prompt-cache minimum</source>
        <translation>Минимум для кэша промптов</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>TTL кэша</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>Скорость предзаполнения</translation>
    </message>
    <message>
        <source>Output speed</source>
        <translation>Скорость вывода</translation>
    </message>
    <message>
        <source>Output speed at the slowest hour</source>
        <translation>Скорость вывода в самый медленный час</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Контекстное окно</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Макс. вывод</translation>
    </message>
    <message>
        <source>Tokens per minute limit</source>
        <translation>Лимит токенов в минуту</translation>
    </message>
    <message>
        <source>Requests per minute limit</source>
        <translation>Лимит запросов в минуту</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Дата данных</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Prompt-cache
minimum</source>
        <translation>Минимум
кэша</translation>
    </message>
    <message>
        <source>Cache
TTL (s)</source>
        <translation>TTL
кэша (с)</translation>
    </message>
    <message>
        <source>TTFT
(s)</source>
        <translation>TTFT
(с)</translation>
    </message>
    <message>
        <source>Prefill
(tokens/s)</source>
        <translation>Предзап.
(ток/с)</translation>
    </message>
    <message>
        <source>Output
(tokens/s)</source>
        <translation>Вывод
(ток/с)</translation>
    </message>
    <message>
        <source>Output at slowest
hour (tokens/s)</source>
        <translation>Вывод в медл.
час (ток/с)</translation>
    </message>
    <message>
        <source>Context
window</source>
        <translation>Контекст.
окно</translation>
    </message>
    <message>
        <source>Max
output</source>
        <translation>Макс.
вывод</translation>
    </message>
    <message>
        <source>Tokens/min
limit</source>
        <translation>Лимит
ток/мин</translation>
    </message>
    <message>
        <source>Requests/min
limit</source>
        <translation>Лимит
запр/мин</translation>
    </message>
    <message>
        <source>%1 tier: price of %2 tokens, %3 per million tokens (empty: not offered)</source>
        <translation>Тариф %1: цена токенов (%2), %3 за миллион токенов (пусто: не предлагается)</translation>
    </message>
    <message>
        <source>Static prefixes shorter than this many tokens are never cached</source>
        <translation>Статические префиксы короче этого числа токенов никогда не кэшируются</translation>
    </message>
    <message>
        <source>Seconds a cached prefix stays warm after its last use</source>
        <translation>Сколько секунд кэшированный префикс остаётся активным после последнего использования</translation>
    </message>
    <message>
        <source>Time to first token, seconds</source>
        <translation>Время до первого токена, секунды</translation>
    </message>
    <message>
        <source>Input processing speed, tokens per second (empty: not modelled)</source>
        <translation>Скорость обработки ввода, токенов в секунду (пусто: не моделируется)</translation>
    </message>
    <message>
        <source>Typical generation speed, tokens per second (empty: latency unknown)</source>
        <translation>Обычная скорость генерации, токенов в секунду (пусто: задержка неизвестна)</translation>
    </message>
    <message>
        <source>Generation speed at the provider&apos;s busiest hour, tokens per second</source>
        <translation>Скорость генерации в самый загруженный час провайдера, токенов в секунду</translation>
    </message>
    <message>
        <source>Tokens of input and output one call can hold</source>
        <translation>Сколько входных и выходных токенов вмещает один вызов</translation>
    </message>
    <message>
        <source>Most tokens one call can generate</source>
        <translation>Максимум токенов, которые может сгенерировать один вызов</translation>
    </message>
    <message>
        <source>The account&apos;s rate limit (empty: unknown)</source>
        <translation>Лимит скорости аккаунта (пусто: неизвестен)</translation>
    </message>
    <message>
        <source>Whether the scenario overrides the catalog&apos;s entry or adds the model</source>
        <translation>Переопределяет ли сценарий запись каталога или добавляет модель</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier: to offer it, type its input and output prices together, as “input / output” (e.g. 1.25 / 5)</source>
        <translation>%1 не предлагает тариф %2: чтобы добавить его, введите цены ввода и вывода вместе, в виде «ввод / вывод» (например, 1.25 / 5)</translation>
    </message>
    <message>
        <source>%1 does not offer the %2 tier: give its input and output prices first</source>
        <translation>%1 не предлагает тариф %2: сначала укажите его цены ввода и вывода</translation>
    </message>
    <message>
        <source>%1 has no latency figures: enter its output speed first</source>
        <translation>У %1 нет данных о задержке: сначала введите скорость вывода</translation>
    </message>
    <message>
        <source>the time to first token is needed while the output speed is known; clear the output speed to mark the latency unknown</source>
        <translation>если скорость вывода известна, нужно время до первого токена; очистите скорость вывода, чтобы отметить задержку как неизвестную</translation>
    </message>
    <message>
        <source>the column cannot be edited</source>
        <translation>этот столбец нельзя изменить</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 для %2: %3</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation>, 10-й процентиль %1</translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation>, 90-й процентиль %1</translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation>минимум %1, наиболее вероятное %2, максимум %3</translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal), the Uncertainty tab samples it. Typing a number replaces the range.</source>
        <translation>Диапазон (%1); точечные результаты используют его наиболее вероятное значение (медиану для логнормального), вкладка «Неопределённость» делает по нему выборки. Ввод числа заменяет диапазон.</translation>
    </message>
    <message>
        <source>takes a number, not a range</source>
        <translation>принимает число, а не диапазон</translation>
    </message>
</context>
<context>
    <name>fulcrum::ChartView</name>
    <message>
        <source>%1B</source>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <source>stale — fix the marked input</source>
        <translation>устарело — исправьте отмеченное поле</translation>
    </message>
    <message>
        <source>The chart shows no figures yet.</source>
        <translation>На диаграмме пока нет данных.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exported from Fulcrum</source>
        <translation>Экспортировано из Fulcrum</translation>
    </message>
    <message>
        <source>Cannot write %1: the %2 could not be drawn.</source>
        <translation>Не удаётся записать %1: не удалось отрисовать %2.</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Экспорт в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Экспорт в &amp;SVG…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy as Image</source>
        <translation>&amp;Копировать как изображение</translation>
    </message>
    <message>
        <source>Export Chart as %1</source>
        <translation>Экспорт диаграммы в %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Не удаётся экспортировать диаграмму</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 ток.</translation>
    </message>
    <message>
        <source>Latency budget: %1</source>
        <translation>Бюджет задержки: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>бюджет %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::CostBreakdownChart</name>
    <message>
        <source>Cost per request (%1)</source>
        <translation>Стоимость запроса (%1)</translation>
    </message>
    <message>
        <source>No steps: nothing to cost</source>
        <translation>Нет шагов: нечего оценивать</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>whole request</source>
        <translation>весь запрос</translation>
    </message>
    <message>
        <source>uncached input</source>
        <translation>некэшированный ввод</translation>
    </message>
    <message>
        <source>cached input</source>
        <translation>кэшированный ввод</translation>
    </message>
    <message>
        <source>cache writes</source>
        <translation>запись в кэш</translation>
    </message>
    <message>
        <source>output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>рассуждения</translation>
    </message>
    <message>
        <source>%1
%2: %3 per request</source>
        <translation>%1
%2: %3 за запрос</translation>
    </message>
</context>
<context>
    <name>fulcrum::CostProjectionChart</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>Затраты в месяц (%1)</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation>Накопленные затраты (%1)</translation>
    </message>
    <message>
        <source>No months to project: the horizon is empty</source>
        <translation>Нет месяцев для прогноза: горизонт пуст</translation>
    </message>
    <message>
        <source>%1
month %2: %3</source>
        <translation>%1
месяц %2: %3</translation>
    </message>
    <message>
        <source>monthly cost, as written</source>
        <translation>затраты в месяц, как есть</translation>
    </message>
    <message>
        <source>Monthly cost, as written</source>
        <translation>Затраты в месяц, как есть</translation>
    </message>
    <message>
        <source>cumulative cost, as written (right axis)</source>
        <translation>накопленные затраты, как есть (правая ось)</translation>
    </message>
    <message>
        <source>Cumulative cost, as written</source>
        <translation>Накопленные затраты, как есть</translation>
    </message>
    <message>
        <source>%1, %2, cached</source>
        <translation>%1, %2, с кэшем</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>monthly cost, cheapest feasible: %1 (saves %2 per month)</source>
        <translation>затраты в месяц, самая дешёвая подходящая: %1 (экономия %2 в месяц)</translation>
    </message>
    <message>
        <source>Cheapest feasible alternative: %1</source>
        <translation>Самая дешёвая подходящая альтернатива: %1</translation>
    </message>
    <message>
        <source>No feasible alternative to compare with</source>
        <translation>Нет подходящей альтернативы для сравнения</translation>
    </message>
</context>
<context>
    <name>fulcrum::EconomicsPanel</name>
    <message>
        <source>Business case</source>
        <translation>Экономическое обоснование</translation>
    </message>
    <message>
        <source>Value of a success:</source>
        <translation>Ценность успешного ответа:</translation>
    </message>
    <message>
        <source>What one request answered correctly is worth to the business (time saved, a sale, a ticket closed).</source>
        <translation>Сколько стоит для бизнеса один правильно обработанный запрос (сэкономленное время, продажа, закрытое обращение).</translation>
    </message>
    <message>
        <source>Change value per success</source>
        <translation>Изменить ценность успешного ответа</translation>
    </message>
    <message>
        <source>Cost of an escalation:</source>
        <translation>Стоимость эскалации:</translation>
    </message>
    <message>
        <source>What it costs when a wrong answer has to be handled by a person.</source>
        <translation>Во что обходится неверный ответ, который приходится передавать человеку.</translation>
    </message>
    <message>
        <source>Change cost per escalation</source>
        <translation>Изменить стоимость эскалации</translation>
    </message>
    <message>
        <source>Churn per failure:</source>
        <translation>Отток на ошибку:</translation>
    </message>
    <message>
        <source>The chance, in percent, that a wrong answer loses the customer.</source>
        <translation>Вероятность (в процентах), что неверный ответ приведёт к потере клиента.</translation>
    </message>
    <message>
        <source>Change churn rate per failure</source>
        <translation>Изменить долю оттока на ошибку</translation>
    </message>
    <message>
        <source>Cost of a lost customer:</source>
        <translation>Стоимость потери клиента:</translation>
    </message>
    <message>
        <source>What losing one customer costs (their lifetime value).</source>
        <translation>Во что обходится потеря одного клиента (его пожизненная ценность).</translation>
    </message>
    <message>
        <source>Change cost per churn</source>
        <translation>Изменить стоимость оттока</translation>
    </message>
    <message>
        <source>Fixed costs:</source>
        <translation>Постоянные затраты:</translation>
    </message>
    <message>
        <source>Costs that do not depend on traffic (hosting, monitoring, the team&apos;s time), per month.</source>
        <translation>Затраты, не зависящие от трафика (хостинг, мониторинг, время команды), в месяц.</translation>
    </message>
    <message>
        <source>Change monthly fixed costs</source>
        <translation>Изменить постоянные затраты в месяц</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 в месяц</translation>
    </message>
    <message>
        <source>Target accuracy:</source>
        <translation>Целевая точность:</translation>
    </message>
    <message>
        <source>The accuracy a model must reach on the eval to be acceptable, in percent.</source>
        <translation>Точность (в процентах), которую модель должна показать на оценке, чтобы считаться приемлемой.</translation>
    </message>
    <message>
        <source>Change target accuracy</source>
        <translation>Изменить целевую точность</translation>
    </message>
    <message>
        <source>Human accuracy:</source>
        <translation>Точность человека:</translation>
    </message>
    <message>
        <source>What people score on the same eval, for comparison; leave empty if unknown.</source>
        <translation>Результат людей на той же оценке, для сравнения; оставьте пустым, если неизвестен.</translation>
    </message>
    <message>
        <source>Change human accuracy</source>
        <translation>Изменить точность человека</translation>
    </message>
</context>
<context>
    <name>fulcrum::EvalsPanel</name>
    <message>
        <source>Evals</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Eval results</source>
        <translation>Результаты оценки</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Добавить результат</translation>
    </message>
    <message>
        <source>Add the eval result of another model (%1)</source>
        <translation>Добавить результат оценки другой модели (%1)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected eval result (%1)</source>
        <translation>Удалить выбранный результат оценки (%1)</translation>
    </message>
    <message>
        <source>Accuracy of each model on your own eval set. The model of the pipeline&apos;s final step decides the business case.</source>
        <translation>Точность каждой модели на вашем наборе для оценки. Экономическое обоснование определяет модель последнего шага конвейера.</translation>
    </message>
</context>
<context>
    <name>fulcrum::EvalsTableModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>“%1” is not in the catalog.</source>
        <translation>«%1» нет в каталоге.</translation>
    </message>
    <message>
        <source>Used by step %1.</source>
        <translation>Используется на шаге %1.</translation>
    </message>
    <message>
        <source>The file gives a range; the cell shows its most likely value. Typing a number replaces the range.</source>
        <translation>В файле задан диапазон; в ячейке показано наиболее вероятное значение. Ввод числа заменяет диапазон.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Eval size</source>
        <translation>Размер оценки</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Верных</translation>
    </message>
    <message>
        <source>The model that was evaluated; type any part of its name or provider to find it.</source>
        <translation>Оцениваемая модель; введите любую часть её названия или провайдера, чтобы найти её.</translation>
    </message>
    <message>
        <source>The share of the eval&apos;s examples the model got right, in percent.</source>
        <translation>Доля примеров оценки, на которых модель ответила верно, в процентах.</translation>
    </message>
    <message>
        <source>How many examples the eval has; the more, the surer the accuracy (0 = unknown).</source>
        <translation>Сколько примеров в оценке; чем больше, тем надёжнее точность (0 = неизвестно).</translation>
    </message>
    <message>
        <source>How many examples the model got right, if known exactly; empty otherwise.</source>
        <translation>Сколько примеров модель решила верно, если известно точно; иначе пусто.</translation>
    </message>
    <message>
        <source>Change eval model “%1” to “%2”</source>
        <translation>Изменить модель оценки «%1» на «%2»</translation>
    </message>
    <message>
        <source>Change accuracy of %1</source>
        <translation>Изменить точность %1</translation>
    </message>
    <message>
        <source>Change eval size of %1</source>
        <translation>Изменить размер оценки %1</translation>
    </message>
    <message>
        <source>Change correct answers of %1</source>
        <translation>Изменить число верных ответов %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>модель %1</translation>
    </message>
    <message>
        <source>Add eval result for %1</source>
        <translation>Добавить результат оценки для %1</translation>
    </message>
    <message>
        <source>Remove eval result for %1</source>
        <translation>Удалить результат оценки для %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::FormPanel</name>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation>, 10-й перцентиль %1</translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation>, 90-й перцентиль %1</translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation>мин. %1, вероятн. %2, макс. %3</translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal). Typing a number replaces the range.</source>
        <translation>Диапазон (%1); точечные результаты используют его наиболее вероятное значение (медиану логнормального распределения). Ввод числа заменяет диапазон.</translation>
    </message>
</context>
<context>
    <name>fulcrum::HeadlineStrip</name>
    <message>
        <source>Break-even accuracy</source>
        <translation>Точность безубыточности</translation>
    </message>
    <message>
        <source>Net per month</source>
        <translation>Чистый результат в месяц</translation>
    </message>
    <message>
        <source>LLM cost</source>
        <translation>Затраты на LLM</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Best feasible alternative</source>
        <translation>Лучшая подходящая альтернатива</translation>
    </message>
    <message>
        <source>⚠ Stale: fix the marked input</source>
        <translation>⚠ Устарело: исправьте отмеченное поле</translation>
    </message>
    <message>
        <source>An input is invalid: these are the last valid results.</source>
        <translation>Одно из полей неверно: показаны последние верные результаты.</translation>
    </message>
    <message>
        <source>%1 assumed (no eval)</source>
        <translation>%1 принято (нет оценки)</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 измерено</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>margin %1 at %2</source>
        <translation>запас %1 при %2</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>%1 на обращение</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / мес.</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 за запрос</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>a model on the path has no latency figures</source>
        <translation>у модели на пути нет данных о задержке</translation>
    </message>
    <message>
        <source>all batch</source>
        <translation>всё пакетно</translation>
    </message>
    <message>
        <source>no step waits for an answer</source>
        <translation>ни один шаг не ждёт ответа</translation>
    </message>
    <message>
        <source>%1 first · %2 total</source>
        <translation>%1 до первого · %2 всего</translation>
    </message>
    <message>
        <source>%1 at the slowest hour · budget %2</source>
        <translation>%1 в самый медленный час · бюджет %2</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>, cached</source>
        <translation>, с кэшем</translation>
    </message>
    <message>
        <source>costs %1 / month more, nets %2 more</source>
        <translation>на %1 / мес. дороже, чистый результат на %2 больше</translation>
    </message>
    <message>
        <source>none feasible</source>
        <translation>нет подходящих</translation>
    </message>
    <message>
        <source>no candidate meets the target and the budget</source>
        <translation>ни один кандидат не достигает цели в рамках бюджета</translation>
    </message>
    <message>
        <source>saves %1 / month, nets %2 more</source>
        <translation>экономия %1 / мес., чистый результат на %2 больше</translation>
    </message>
    <message>
        <source>none better</source>
        <translation>лучше нет</translation>
    </message>
    <message>
        <source>no candidate that meets the target and the budget nets more</source>
        <translation>ни один кандидат, достигающий цели в рамках бюджета, не даёт большего чистого результата</translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyByTokensChart</name>
    <message>
        <source>Output tokens per call</source>
        <translation>Выходных токенов на вызов</translation>
    </message>
    <message>
        <source>Latency through the step (s)</source>
        <translation>Задержка на шаге (с)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No synchronous step: every step runs on the batch tier</source>
        <translation>Нет синхронных шагов: все шаги идут на пакетном тарифе</translation>
    </message>
    <message>
        <source>Latency unknown</source>
        <translation>Задержка неизвестна</translation>
    </message>
    <message>
        <source>Latency unknown: no latency data for %1</source>
        <translation>Задержка неизвестна: нет данных о задержке для %1</translation>
    </message>
    <message>
        <source>%1, slowest hour
%2 output tokens per call: %3</source>
        <translation>%1, самый медленный час
%2 вых. ток./вызов: %3</translation>
    </message>
    <message>
        <source>%1
%2 output tokens per call: %3</source>
        <translation>%1
%2 вых. ток./вызов: %3</translation>
    </message>
    <message>
        <source>dashed: at the slowest hour</source>
        <translation>пунктир: в самый медленный час</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) affords %3 per call within the %4 budget
(the other steps as they are)</source>
        <translation>%1 (%2) позволяет %3 на вызов в рамках бюджета %4
(остальные шаги без изменений)</translation>
    </message>
    <message>
        <source>affordable output within the budget</source>
        <translation>допустимый вывод в рамках бюджета</translation>
    </message>
    <message>
        <source>%1: no output fits the budget</source>
        <translation>%1: никакой вывод не укладывается в бюджет</translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyPanel</name>
    <message>
        <source>Whether the user sees the answer as it is written: the wait that counts is then the time to the first token, not to the last.</source>
        <translation>Видит ли пользователь ответ по мере его написания: тогда важно ожидание до первого токена, а не до последнего.</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>Потоковый вывод ответа</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Network overhead:</source>
        <translation>Сетевые издержки:</translation>
    </message>
    <message>
        <source>The time each model call spends on the network and in your own code before the provider starts, in seconds.</source>
        <translation>Время, которое каждый вызов модели проводит в сети и в вашем коде до начала работы провайдера, в секундах.</translation>
    </message>
    <message>
        <source>Change network overhead</source>
        <translation>Изменить сетевые издержки</translation>
    </message>
    <message>
        <source>Latency budget:</source>
        <translation>Бюджет задержки:</translation>
    </message>
    <message>
        <source>How long a user may wait for the answer, in seconds; with streaming, until the first words appear.</source>
        <translation>Сколько пользователь готов ждать ответа, в секундах; при потоковом выводе — до появления первых слов.</translation>
    </message>
    <message>
        <source>Change latency budget</source>
        <translation>Изменить бюджет задержки</translation>
    </message>
    <message>
        <source>Do not stream the answer</source>
        <translation>Не выводить ответ потоком</translation>
    </message>
</context>
<context>
    <name>fulcrum::LatencyTimelineChart</name>
    <message>
        <source>Time since the request (s)</source>
        <translation>Время с момента запроса (с)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No synchronous step: every step runs on the batch tier</source>
        <translation>Нет синхронных шагов: все шаги идут на пакетном тарифе</translation>
    </message>
    <message>
        <source>Latency unknown</source>
        <translation>Задержка неизвестна</translation>
    </message>
    <message>
        <source>Latency unknown: no latency data for %1</source>
        <translation>Задержка неизвестна: нет данных о задержке для %1</translation>
    </message>
    <message>
        <source>network</source>
        <translation>сеть</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>предзаполнение</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>рассуждения</translation>
    </message>
    <message>
        <source>output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>all %1 calls</source>
        <translation>все вызовы (%1)</translation>
    </message>
    <message>
        <source>call %1 of %2</source>
        <translation>вызов %1 из %2</translation>
    </message>
    <message>
        <source>last, partial call of %1</source>
        <translation>последний, неполный вызов из %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3
%4: %5 per call%6</source>
        <translation>%1 (%2), %3
%4: %5 на вызов%6</translation>
    </message>
    <message>
        <source>off the critical path</source>
        <translation>вне критического пути</translation>
    </message>
    <message>
        <source>lighter: off the critical path</source>
        <translation>светлее: вне критического пути</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>бюджет %1</translation>
    </message>
    <message>
        <source>Latency budget: %1</source>
        <translation>Бюджет задержки: %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>первый токен %1</translation>
    </message>
    <message>
        <source>The user sees the first token at %1 (slowest hour: %2)</source>
        <translation>Пользователь видит первый токен через %1 (в самый медленный час: %2)</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>всего %1</translation>
    </message>
    <message>
        <source>Total along the critical path: %1</source>
        <translation>Всего по критическому пути: %1</translation>
    </message>
    <message>
        <source>slowest hour %1</source>
        <translation>самый медленный час %1</translation>
    </message>
    <message>
        <source>Total at the slowest hour&apos;s output speed: %1</source>
        <translation>Всего при скорости вывода самого медленного часа: %1</translation>
    </message>
    <message>
        <source>Not shown, off the synchronous path: %1</source>
        <translation>Не показано, вне синхронного пути: %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Экономическое обоснование</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Бюджет задержки</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Конвейер</translation>
    </message>
    <message>
        <source>Eval results</source>
        <translation>Результаты оценки</translation>
    </message>
    <message>
        <source>&amp;Business case</source>
        <translation>&amp;Обоснование</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>&amp;Затраты</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>За&amp;держка</translation>
    </message>
    <message>
        <source>&amp;Alternatives</source>
        <translation>&amp;Альтернативы</translation>
    </message>
    <message>
        <source>Ca&amp;talog</source>
        <translation>&amp;Каталог</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>Ка&amp;либровка</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Неопределённость</translation>
    </message>
    <message>
        <source>Fix the marked input first: the alternatives shown are out of date</source>
        <translation>Сначала исправьте отмеченное поле: показанные альтернативы устарели</translation>
    </message>
    <message>
        <source>Apply %1 (%2)</source>
        <translation>Применить %1 (%2)</translation>
    </message>
    <message>
        <source>Change where alternatives apply</source>
        <translation>Изменить область применения альтернатив</translation>
    </message>
    <message>
        <source>Edit %1 in the catalog</source>
        <translation>Изменить %1 в каталоге</translation>
    </message>
    <message>
        <source>Revert %1 to the catalog</source>
        <translation>Вернуть %1 к значениям каталога</translation>
    </message>
    <message>
        <source>Cannot apply %1&apos;s fit to %2</source>
        <translation>Нельзя применить подгонку %1 к %2</translation>
    </message>
    <message>
        <source>Apply calibrated latency to %1</source>
        <translation>Применить откалиброванную задержку к %1</translation>
    </message>
    <message>
        <source>%1&apos;s latency now comes from %2 (see the Catalog tab; Undo reverts it)</source>
        <translation>Задержка %1 теперь берётся из %2 (см. вкладку «Каталог»; «Отменить» возвращает прежнее)</translation>
    </message>
    <message>
        <source>Exported the last valid figures to %1: the scenario as edited has an error</source>
        <translation>Последние верные результаты экспортированы в %1: в изменённом сценарии есть ошибка</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Отчёт (PDF)…</translation>
    </message>
    <message>
        <source>Report &amp;Paper</source>
        <translation>&amp;Бумага отчёта</translation>
    </message>
    <message>
        <source>Results as &amp;JSON…</source>
        <translation>Результаты в &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Alternatives as CSV…</source>
        <translation>&amp;Альтернативы в CSV…</translation>
    </message>
    <message>
        <source>Monthly &amp;Projection as CSV…</source>
        <translation>Месячный &amp;прогноз в CSV…</translation>
    </message>
    <message>
        <source>&amp;Import LiteLLM Price File…</source>
        <translation>&amp;Импорт файла цен LiteLLM…</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Catalog</source>
        <translation>&amp;Встроенный каталог</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системное</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлое</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Fulcrum</source>
        <translation>&amp;О программе Fulcrum</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — the figures shown are the last valid ones</source>
        <translation>%1 — показаны последние верные результаты</translation>
    </message>
    <message>
        <source>A field holds text that is not a number — the figures shown are the last valid ones</source>
        <translation>В поле текст, а не число — показаны последние верные результаты</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Catalog as of %1%2</source>
        <translation>Каталог на %1%2</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (импортирован)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
    <message>
        <source>The file was not opened; the current scenario is unchanged.

%1</source>
        <translation>Файл не открыт; текущий сценарий не изменён.

%1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Fulcrum scenarios (*.fulcrum.json *.json)</source>
        <translation>Сценарии Fulcrum (*.fulcrum.json *.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Fulcrum scenarios (*.fulcrum.json)</source>
        <translation>Сценарии Fulcrum (*.fulcrum.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>There are no valid figures yet: fix the marked input first.</source>
        <translation>Верных результатов пока нет: сначала исправьте отмеченное поле.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>%1 (the last valid figures)</source>
        <translation>%1 (последние верные результаты)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Не удаётся экспортировать отчёт</translation>
    </message>
    <message>
        <source>Wrote the report of the last valid figures to %1: the scenario as edited has an error</source>
        <translation>Отчёт по последним верным результатам записан в %1: в изменённом сценарии есть ошибка</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <source>Export Results as JSON</source>
        <translation>Экспорт результатов в JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Alternatives as CSV</source>
        <translation>Экспорт альтернатив в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Monthly Projection as CSV</source>
        <translation>Экспорт месячного прогноза в CSV</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>сценарий без названия</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>Fulcrum did not close properly. Unsaved changes to %1 from %2 were kept.
Restore them?</source>
        <translation>Fulcrum не был закрыт корректно. Несохранённые изменения в %1 от %2 сохранены.
Восстановить их?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <source>Import LiteLLM Price File</source>
        <translation>Импорт файла цен LiteLLM</translation>
    </message>
    <message>
        <source>LiteLLM price files (*.json)</source>
        <translation>Файлы цен LiteLLM (*.json)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <source>The file lists no chat models.</source>
        <translation>В файле нет чат-моделей.</translation>
    </message>
    <message>
        <source>The imported catalog is used now but could not be kept for later</source>
        <translation>Импортированный каталог используется сейчас, но его не удалось сохранить на будущее</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat models</source>
        <translation>
            <numerusform>Импортирована %n чат-модель</numerusform>
            <numerusform>Импортировано %n чат-модели</numerusform>
            <numerusform>Импортировано %n чат-моделей</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Latency Logs</source>
        <translation>Импорт журналов задержки</translation>
    </message>
    <message>
        <source>Latency logs (*.json *.csv);;llmperf individual responses (*_individual_responses.json);;vLLM bench serve results (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Журналы задержки (*.json *.csv);;Отдельные ответы llmperf (*_individual_responses.json);;Результаты vLLM bench serve (*.json);;CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not imported:
%1</source>
        <translation>Не импортировано:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n latency logs</source>
        <translation>
            <numerusform>Импортирован %n журнал задержки</numerusform>
            <numerusform>Импортировано %n журнала задержки</numerusform>
            <numerusform>Импортировано %n журналов задержки</numerusform>
        </translation>
    </message>
    <message>
        <source>About Fulcrum</source>
        <translation>О программе Fulcrum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fulcrum %1&lt;/h3&gt;&lt;p&gt;The business case and latency budget of an LLM feature.&lt;/p&gt;&lt;p&gt;Price catalog as of %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fulcrum %1&lt;/h3&gt;&lt;p&gt;Экономическое обоснование и бюджет задержки LLM-функции.&lt;/p&gt;&lt;p&gt;Каталог цен на %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (216 × 279 мм)</translation>
    </message>
</context>
<context>
    <name>fulcrum::ModelComboBox</name>
    <message>
        <source>Type to search models</source>
        <translation>Введите часть названия модели</translation>
    </message>
</context>
<context>
    <name>fulcrum::NumberField</name>
    <message>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>с</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>токенов</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>токенов/с</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>введите число</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>не конечное число</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>a log-normal&apos;s median and percentile must be &gt; 0</source>
        <translation>медиана и перцентиль логнормального распределения должны быть &gt; 0</translation>
    </message>
    <message>
        <source>the 90th percentile must be above the median</source>
        <translation>90-й перцентиль должен быть выше медианы</translation>
    </message>
    <message>
        <source>the 10th percentile must be below the median</source>
        <translation>10-й перцентиль должен быть ниже медианы</translation>
    </message>
    <message>
        <source>a range needs three numbers: low–likely–high (e.g. 180–200–260)</source>
        <translation>диапазону нужны три числа: мин.–вероятн.–макс. (например, 180–200–260)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>вероятн.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>a range needs low ≤ likely ≤ high</source>
        <translation>в диапазоне нужно мин. ≤ вероятн. ≤ макс.</translation>
    </message>
    <message>
        <source>Type a range as low–likely–high (180–200–260); add PERT for a PERT distribution (15–20–30 PERT). A log-normal takes its median and 90th or 10th percentile (200 p90 420, or 200 p10 90).</source>
        <translation>Вводите диапазон как мин.–вероятн.–макс. (180–200–260); добавьте PERT для распределения PERT (15–20–30 PERT). Для логнормального укажите медиану и 90-й или 10-й перцентиль (200 p90 420 или 200 p10 90).</translation>
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
        <translation>Конвейер</translation>
    </message>
    <message>
        <source>Pipeline steps</source>
        <translation>Шаги конвейера</translation>
    </message>
    <message>
        <source>The model calls each request makes. Double-click or type in a cell to edit it.</source>
        <translation>Вызовы модели, которые делает каждый запрос. Дважды щёлкните ячейку или начните ввод, чтобы изменить её.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Добавить шаг после выбранного</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Add a copy of the selected step after it</source>
        <translation>Добавить копию выбранного шага после него</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Удалить выбранный шаг</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Переместить выбранный шаг вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Переместить выбранный шаг вниз</translation>
    </message>
</context>
<context>
    <name>fulcrum::ResidualHistogramChart</name>
    <message>
        <source>Predicted − measured end-to-end latency (s)</source>
        <translation>Прогноз − измерение полной задержки (с)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <source>Import a latency log to see the residuals</source>
        <translation>Импортируйте журнал задержки, чтобы увидеть остатки</translation>
    </message>
    <message>
        <source>%1
%2 runs off by %3 to %4</source>
        <translation>%1
запусков: %2, отклонение от %3 до %4</translation>
    </message>
</context>
<context>
    <name>fulcrum::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::ScenarioInfoPanel</name>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>What this business case is about</source>
        <translation>О чём это экономическое обоснование</translation>
    </message>
    <message>
        <source>The scenario&apos;s title, shown in the window title and the report.</source>
        <translation>Название сценария, показывается в заголовке окна и в отчёте.</translation>
    </message>
    <message>
        <source>The currency of every amount in the scenario (ISO code). Catalog prices are taken as being in it: change them too if they are not.</source>
        <translation>Валюта всех сумм в сценарии (код ISO). Цены каталога считаются указанными в ней: если это не так, измените и их.</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>Кто подготовил</translation>
    </message>
    <message>
        <source>Named in the report&apos;s title block.</source>
        <translation>Указывается в титульном блоке отчёта.</translation>
    </message>
    <message>
        <source>Context for the reader of the report</source>
        <translation>Пояснения для читателя отчёта</translation>
    </message>
    <message>
        <source>Shown under the title of the report.</source>
        <translation>Показывается под заголовком отчёта.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Изменить название</translation>
    </message>
    <message>
        <source>Change the author</source>
        <translation>Изменить автора</translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation>Изменить примечания</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>Изменить валюту</translation>
    </message>
    <message>
        <source>The currency of every amount in the scenario (ISO code).</source>
        <translation>Валюта всех сумм в сценарии (код ISO).</translation>
    </message>
</context>
<context>
    <name>fulcrum::StepsTableModel</name>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>тариф</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>зависимости</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>, 10th percentile %1</source>
        <translation>, 10-й перцентиль %1</translation>
    </message>
    <message>
        <source>, 90th percentile %1</source>
        <translation>, 90-й перцентиль %1</translation>
    </message>
    <message>
        <source>low %1, likely %2, high %3</source>
        <translation>мин. %1, вероятн. %2, макс. %3</translation>
    </message>
    <message>
        <source>A range (%1); point results use its most likely value (the median of a log-normal). Typing a number replaces the range.</source>
        <translation>Диапазон (%1); точечные результаты используют его наиболее вероятное значение (медиану логнормального распределения). Ввод числа заменяет диапазон.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Static input
tokens</source>
        <translation>Статич. вх.
токены</translation>
    </message>
    <message>
        <source>Dynamic input
tokens</source>
        <translation>Динамич. вх.
токены</translation>
    </message>
    <message>
        <source>Cache
hit rate</source>
        <translation>Попадания
в кэш</translation>
    </message>
    <message>
        <source>Distinct
prefixes</source>
        <translation>Различные
префиксы</translation>
    </message>
    <message>
        <source>Output
tokens</source>
        <translation>Выходные
токены</translation>
    </message>
    <message>
        <source>Reasoning
tokens</source>
        <translation>Токены
рассуждения</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>The step&apos;s name, which other steps use to wait for it.</source>
        <translation>Название шага, по которому другие шаги ожидают его.</translation>
    </message>
    <message>
        <source>The model the step calls; type any part of its name or provider to find it.</source>
        <translation>Модель, которую вызывает шаг; введите любую часть её названия или провайдера, чтобы найти её.</translation>
    </message>
    <message>
        <source>The provider&apos;s service tier: batch and flex are cheaper but slower, priority faster and dearer.</source>
        <translation>Тариф обслуживания провайдера: пакетный и Flex дешевле, но медленнее, приоритетный — быстрее и дороже.</translation>
    </message>
    <message>
        <source>How many times per request the step calls the model, one after another.</source>
        <translation>Сколько раз за запрос шаг вызывает модель, один вызов за другим.</translation>
    </message>
    <message>
        <source>Tokens of the reusable prompt prefix (instructions, examples, tool definitions), per call.</source>
        <translation>Токены повторно используемого префикса промпта (инструкции, примеры, описания инструментов) на вызов.</translation>
    </message>
    <message>
        <source>Tokens that change with each request (user data, history, retrieved context), per call.</source>
        <translation>Токены, меняющиеся с каждым запросом (данные пользователя, история, найденный контекст), на вызов.</translation>
    </message>
    <message>
        <source>The share of calls that find the static prefix in the provider&apos;s cache; &quot;auto&quot; derives it from traffic and the cache&apos;s lifetime.</source>
        <translation>Доля вызовов, находящих статический префикс в кэше провайдера; «авто» выводит её из трафика и времени жизни кэша.</translation>
    </message>
    <message>
        <source>How many different static prefixes share the traffic, for an &quot;auto&quot; cache hit rate.</source>
        <translation>Сколько разных статических префиксов делят трафик — для доли попаданий в кэш «авто».</translation>
    </message>
    <message>
        <source>Visible tokens the model writes per call.</source>
        <translation>Видимые токены, которые модель пишет за вызов.</translation>
    </message>
    <message>
        <source>Hidden reasoning tokens the model generates (and bills) per call.</source>
        <translation>Скрытые токены рассуждения, которые модель генерирует (и за которые выставляется счёт) за вызов.</translation>
    </message>
    <message>
        <source>How many completions each call asks for (the API&apos;s n or best_of); each is billed.</source>
        <translation>Сколько вариантов ответа запрашивает каждый вызов (n или best_of в API); оплачивается каждый.</translation>
    </message>
    <message>
        <source>The steps that must finish before this one starts, separated by commas; none means it starts at once.</source>
        <translation>Шаги, которые должны завершиться до начала этого, через запятую; если их нет, шаг начинается сразу.</translation>
    </message>
    <message>
        <source>Rename step “%1” to “%2”</source>
        <translation>Переименовать шаг «%1» в «%2»</translation>
    </message>
    <message>
        <source>Change %1 of step “%2”</source>
        <translation>Изменить поле «%1» шага «%2»</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation>Добавить шаг «%1»</translation>
    </message>
    <message>
        <source>Duplicate step “%1”</source>
        <translation>Дублировать шаг «%1»</translation>
    </message>
    <message>
        <source>Remove step “%1”</source>
        <translation>Удалить шаг «%1»</translation>
    </message>
    <message>
        <source>Move step “%1” up</source>
        <translation>Переместить шаг «%1» вверх</translation>
    </message>
    <message>
        <source>Move step “%1” down</source>
        <translation>Переместить шаг «%1» вниз</translation>
    </message>
</context>
<context>
    <name>fulcrum::TornadoChart</name>
    <message>
        <source>Total latency (s)</source>
        <translation>Общая задержка (с)</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>Чистый результат в месяц (%1)</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Ещё не рассчитано</translation>
    </message>
    <message>
        <source>No latency known: a model has no latency figures</source>
        <translation>Задержка неизвестна: у модели нет данных о задержке</translation>
    </message>
    <message>
        <source>No ranged inputs: nothing to swing</source>
        <translation>Нет входных данных с диапазоном: нечего варьировать</translation>
    </message>
    <message>
        <source>%1 at its %2 (%3): %4</source>
        <translation>%1 на %2 (%3): %4</translation>
    </message>
    <message>
        <source>high</source>
        <translation>максимуме</translation>
    </message>
    <message>
        <source>low</source>
        <translation>минимуме</translation>
    </message>
    <message>
        <source>input at its low</source>
        <translation>вход на минимуме</translation>
    </message>
    <message>
        <source>input at its high</source>
        <translation>вход на максимуме</translation>
    </message>
    <message>
        <source>Every input at its point value: %1</source>
        <translation>Все входные данные в точечных значениях: %1</translation>
    </message>
</context>
<context>
    <name>fulcrum::TrafficPanel</name>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Requests per day:</source>
        <translation>Запросов в день:</translation>
    </message>
    <message>
        <source>How many requests the feature serves on an average day today.</source>
        <translation>Сколько запросов функция обслуживает в средний день сейчас.</translation>
    </message>
    <message>
        <source>Change requests per day</source>
        <translation>Изменить число запросов в день</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>Monthly growth:</source>
        <translation>Рост в месяц:</translation>
    </message>
    <message>
        <source>By how much the daily volume grows each month, in percent (negative if it shrinks).</source>
        <translation>На сколько процентов дневной объём растёт каждый месяц (отрицательное значение, если он падает).</translation>
    </message>
    <message>
        <source>Change monthly growth</source>
        <translation>Изменить рост в месяц</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% в месяц</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Горизонт:</translation>
    </message>
    <message>
        <source>How many months the cost and value projection covers.</source>
        <translation>На сколько месяцев строится прогноз затрат и ценности.</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>Изменить горизонт</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Peak-to-average:</source>
        <translation>Пик к среднему:</translation>
    </message>
    <message>
        <source>How many times the busiest minute&apos;s traffic exceeds the day&apos;s average; it decides the rate limits needed.</source>
        <translation>Во сколько раз трафик самой загруженной минуты превышает средний за день; определяет нужные лимиты скорости.</translation>
    </message>
    <message>
        <source>Change peak-to-average factor</source>
        <translation>Изменить отношение пика к среднему</translation>
    </message>
    <message>
        <source>Can wait (async):</source>
        <translation>Может ждать (асинхр.):</translation>
    </message>
    <message>
        <source>The share of requests that need no immediate answer (back-office jobs, nightly summaries): they run on the cheaper batch tier and are left out of latency.</source>
        <translation>Доля запросов, которым не нужен немедленный ответ (фоновые задачи, ночные сводки): они идут на более дешёвом пакетном тарифе и не учитываются в задержке.</translation>
    </message>
    <message>
        <source>Change async share</source>
        <translation>Изменить долю асинхронных запросов</translation>
    </message>
</context>
<context>
    <name>fulcrum::UncertaintyHistogramChart</name>
    <message>
        <source>Samples</source>
        <translation>Выборки</translation>
    </message>
    <message>
        <source>Net per month (%1)</source>
        <translation>Чистый результат в месяц (%1)</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>Затраты в месяц (%1)</translation>
    </message>
    <message>
        <source>Total latency (s)</source>
        <translation>Общая задержка (с)</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Ещё не рассчитано</translation>
    </message>
    <message>
        <source>No latency known: a model has no latency figures</source>
        <translation>Задержка неизвестна: у модели нет данных о задержке</translation>
    </message>
    <message>
        <source>No samples</source>
        <translation>Нет выборок</translation>
    </message>
    <message>
        <source>samples (%1)</source>
        <translation>выборки (%1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>%1
%2 samples (%3)</source>
        <translation>%1
выборок: %2 (%3)</translation>
    </message>
    <message>
        <source>P5 %1</source>
        <translation>P5 %1</translation>
    </message>
    <message>
        <source>5 % of the samples are below %1</source>
        <translation>5 % выборок ниже %1</translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <source>The median: %1</source>
        <translation>Медиана: %1</translation>
    </message>
    <message>
        <source>P95 %1</source>
        <translation>P95 %1</translation>
    </message>
    <message>
        <source>95 % of the samples are below %1</source>
        <translation>95 % выборок ниже %1</translation>
    </message>
    <message>
        <source>break even</source>
        <translation>безубыточность</translation>
    </message>
    <message>
        <source>Break even: %1 of the samples are at or above 0</source>
        <translation>Безубыточность: %1 выборок не ниже 0</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>бюджет %1</translation>
    </message>
    <message>
        <source>Latency budget %1: %2 of the samples are within it</source>
        <translation>Бюджет задержки %1: в него укладывается %2 выборок</translation>
    </message>
</context>
<context>
    <name>fulcrum::UncertaintyPanel</name>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Выборки:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Начальное значение (seed):</translation>
    </message>
    <message>
        <source>P(break even): %1    P(net ≥ 0): %2    P(within budget): %3</source>
        <translation>P(безубыточность): %1    P(чистый ≥ 0): %2    P(в бюджете): %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Net per month: P5 %1, P50 %2, P95 %3</source>
        <translation>Чистый результат в месяц: P5 %1, P50 %2, P95 %3</translation>
    </message>
    <message>
        <source>Cost per month: P5 %1, P50 %2, P95 %3</source>
        <translation>Затраты в месяц: P5 %1, P50 %2, P95 %3</translation>
    </message>
    <message>
        <source>Total latency: p50 %1, p90 %2, p99 %3 (budget %4)</source>
        <translation>Общая задержка: p50 %1, p90 %2, p99 %3 (бюджет %4)</translation>
    </message>
    <message>
        <source>Total latency: unknown (a model has no latency figures)</source>
        <translation>Общая задержка: неизвестна (у модели нет данных о задержке)</translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation>выборок: %1, seed %2</translation>
    </message>
    <message>
        <source>Matters most: nothing is uncertain</source>
        <translation>Важнее всего: неопределённости нет</translation>
    </message>
    <message>
        <source>Nothing in this scenario is uncertain: no input is written as a range and the final step&apos;s eval has no size, so every sample equals the point figures. Write ranges (triangular, PERT or log-normal) in the scenario file to see their spread.</source>
        <translation>В этом сценарии нет неопределённости: ни одно входное значение не задано диапазоном, а у оценки последнего шага не указан размер, поэтому каждая выборка равна точечным результатам. Задайте диапазоны (треугольное, PERT или логнормальное распределение) в файле сценария, чтобы увидеть их разброс.</translation>
    </message>
    <message>
        <source>Only the measured accuracy is uncertain (its eval&apos;s Beta posterior): no input is written as a range. Write ranges in the scenario file to see their spread.</source>
        <translation>Неопределённа только измеренная точность (апостериорное бета-распределение её оценки): ни одно входное значение не задано диапазоном. Задайте диапазоны в файле сценария, чтобы увидеть их разброс.</translation>
    </message>
    <message>
        <source>Matters most: no uncertain input moves net per month or the latency</source>
        <translation>Важнее всего: ни один неопределённый входной параметр не меняет ни чистый результат в месяц, ни задержку</translation>
    </message>
    <message>
        <source>Matters most for net per month: %1</source>
        <translation>Важнее всего для чистого результата в месяц: %1</translation>
    </message>
    <message>
        <source>Matters most for the latency: %1 (no uncertain input moves net per month)</source>
        <translation>Важнее всего для задержки: %1 (чистый результат в месяц не меняет ни один неопределённый параметр)</translation>
    </message>
    <message>
        <source>Matters most for net per month: %1; for the latency: %2</source>
        <translation>Важнее всего для чистого результата в месяц: %1; для задержки: %2</translation>
    </message>
</context>
</TS>
