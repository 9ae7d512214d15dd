/** The help text, in Chinese: what `juesuan --help` prints. */
export const USAGE = `决算助手命令行：审核部门决算公开表（.xlsx 工作簿）

用法：
  juesuan audit <文件或文件夹>... [--format text|json|jsonl] [--jobs N] [--annotate <输出> [--force]] [--unit-type <单位类型>]
  juesuan fill <文件.xlsx> -o <输出.xlsx> [--replace-conflicts] [--force] [--format text|json]
  juesuan narrative <文件.xlsx> -o <输出.xlsx> [--variant 山西|河南|上海] [--inputs 输入.json | --prior 上年.xlsx] [--static] [--force] [--format text|json]
  juesuan rules [--format text|json]
  juesuan --help

命令：
  audit    审核一个或多个工作簿（文件夹则审核其中所有 .xlsx/.xlsm）：识别各张公开表，
           逐条核对审核规则，按文件、工作表列出问题，按输入顺序逐个输出
  fill     另存一份填充副本：自评表的资金结(转)余、执行率、预算执行得分、总分、等级和公开表
           空白的合计写成公式（引用源单元格）；已有不同数值的单元格不改写，列为冲突
  narrative 另存一份副本，新增“情况说明”工作表：按表写出第三部分情况说明（默认为随表更新的公式），
           表中没有的数（上年数、年初预算、原因等）取自 --inputs 或 --prior，缺的写“【请填写：…】”
  rules    列出全部审核规则（编号、标题、严重程度、分组）

选项：
  --format text|json|jsonl
                         输出格式，默认 text；json 供其他程序读取；jsonl 每个文件一行 JSON
  --jobs N               同时审核的文件数（工作线程），默认为 CPU 核数
  --annotate <输出>       另存一份标注副本（原文件不会被修改）：有问题的单元格按严重程度着色
                         （错误红、警告黄、提示浅蓝）并加批注，另加一张“审核报告”工作表。
                         审核一个文件时 <输出> 是输出文件（.xlsx）；审核多个文件时 <输出> 是
                         文件夹，每个文件写为 <文件夹>/<文件名>-审核.xlsx（.xlsm 仍为 .xlsm）。
                         对已标注过的副本再次标注，会替换上次的标注和审核报告
  --force                输出文件（标注、填充或情况说明副本）已存在时覆盖它（不加则拒绝）；原文件任何情况下都不会被覆盖
  --unit-type <单位类型>  行政单位、参公事业单位或事业单位；工作簿未注明单位类型时，
                         用于审核机关运行经费
  -o, --output <输出>     fill：填充副本的路径
  --replace-conflicts    fill：冲突的单元格也改写为公式（默认不改写）
  --variant <格式>        narrative：山西、河南或上海（默认按表自动识别）
  --inputs <输入.json>    narrative：表中没有的数和原因，{"inputs": {"上年收入总计": 585.48, …}}
  --prior <上年.xlsx>     narrative：从上年决算工作簿取上年数
  --static               narrative：写纯文字而不是公式
  -h, --help             显示本帮助

退出码：
  0  没有发现错误级问题
  1  至少一个文件有错误级问题
  2  有文件无法读取或无法写出标注副本，或命令参数有误
  3  有文件未审核：读取成功但未识别出任何表（没有错误级问题、所有文件都能读取时）
  fill：0 全部写入；1 有冲突未改写；2 文件无法读取或写出，或参数有误

示例：
  juesuan audit 2023年部门决算公开.xlsx
  juesuan audit 单位甲.xlsx 单位乙.xlsx --format json > 审核结果.json
  juesuan audit 决算公开.xlsx --annotate 决算公开-审核.xlsx
  juesuan audit *.xlsx --annotate 审核结果/
  juesuan audit 各县报表/ --jobs 4 --format jsonl > 审核结果.jsonl
  juesuan fill 决算公开.xlsx -o 决算公开-填充.xlsx
  juesuan narrative 决算公开.xlsx -o 决算公开-情况说明.xlsx --inputs 情况说明输入.json
`;
