<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>文章正文，其中的摘要句和引语以高亮显示</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>摘要句</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>按 Enter 键跳转到正文中的相应句子</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>每条引语及其说话人；按 Enter 键跳转到正文中的相应位置</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>您的高亮和笔记</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>按 Enter 键跳转到正文中的相应高亮</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>文库中的文章</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>按 Enter 键打开文章；输入文字可跳转到相应标题</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>文档的章节；按 Enter 键跳转到所选章节</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>摘要长度</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>摘要的长度；选择“自动”时随正文长度增加</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>按说话人显示引语</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>按颜色显示高亮</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>所选高亮的笔记</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>显示摘要</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>当前阅读位置</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>摘要句和引语数量</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>导出摘要(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>导出摘要及全文(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>打印摘要(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>复制引语并注明出处(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>高亮显示摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>高亮显示引语(&amp;Q)</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>下一个摘要句</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>上一个摘要句</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>下一条引语</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>上一条引语</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>切换浅色/深色</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>显示文库(&amp;L)</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>显示摘要和引语(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>启动时重新打开上次的文章(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并添加笔记(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>保存为高亮(&amp;K)</translation>
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
        <source>&amp;Recap up to Here</source>
        <translation>回顾到此处(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>显示目录(&amp;C)</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>打开网址(&amp;A)…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>从剪贴板新建(&amp;C)</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>重新获取(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>阅读设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>为摘要和引语加下划线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>关于 Margin(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>回顾</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>仅为当前阅读位置之前的内容生成摘要（Ctrl+R）</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin（推荐）</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>约简法（Reduction）</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>南非荷兰语</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>阿尔巴尼亚语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>白俄罗斯语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>加泰罗尼亚语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>爱沙尼亚语</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>菲律宾语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>古吉拉特语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>卡纳达语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>拉脱维亚语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>马其顿语</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>马拉雅拉姆语</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>马拉地语</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>尼泊尔语</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>书面挪威语</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>新挪威语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>旁遮普语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>斯洛文尼亚语</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>索马里语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>斯瓦希里语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>泰米尔语</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>泰卢固语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>威尔士语</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>语言未知</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>复制并注明出处</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>本文中没有引语。</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>所有说话人（{count}）</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>未注明说话人</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>只显示某位说话人的引语</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>没有可筛选的引语</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>打开文章后即可按说话人筛选其中的引语</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>本文未引述任何人的话</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>未注明说话人</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>{speaker} 的引语：{quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>未注明说话人的引语：{quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>未找到</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current}/{total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>将文章拖放到此处，或按 Ctrl+O 打开文章。</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>识别语言</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>划分句子</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>生成摘要</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>查找引语</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>文库已损坏，无法读取。它已被移至 {path}，并已新建一个空文库。</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>正在分析 {name}：{step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n 个摘要句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>正在分析摘要…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>版权页</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>版本记录</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>前置部分</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>后置部分</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>打开文章后即可查看其章节。</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>此文档没有章节（章或标题）。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>一款文章阅读器：在正文旁显示摘要，以及各条引语和说话人。所有内容都保留在这台计算机上。</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>摘要由 Margin 自有排序算法或 sumy 生成；语言由 langdetect 识别；句子由 Punkt 模型划分。基于 Qt for Python 构建。</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>关于 Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>阅读需 {minutes} 分钟</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>阅读约需 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>阅读约需 {hours} 小时</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>内容提要</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>注释</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>（无法写入日志：{reason}）</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>Margin 内部出错（{error}：{message}）。</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>Margin 内部出错（{error}）。</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>Margin 将继续运行；您的文库安然无恙。详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>已记录到 {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>请先打开文章，然后才能导出其摘要。</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title}（全文）</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>导出摘要及全文</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>摘要已保存到 {path}。</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>请先打开文章，然后才能打印其摘要。</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>摘要已打印到 {path}。</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>摘要已发送到打印机。</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>保存为高亮</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做{action}(&amp;R)</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>笔记（{count}）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Kept as a highlight (Edit › Undo takes it back).</source>
        <translation>已保存为高亮（可通过“编辑 › 撤销”取消）。</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>请先打开文章，然后选中其中的文字进行高亮。</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>请先选中要高亮的文字。</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>此文章不在文库中，因此无法保存高亮。</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>已添加 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 篇已在文库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 篇无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>导入已停止：{counts}。</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>导入完成：{counts}。</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>正在查找文章…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done}/{total}：{name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>No articles to import: nothing there is a kind of file Margin reads (.txt, .md, .html, .pdf, .docx, .epub).</source>
        <translation>没有可导入的文章：其中没有 Margin 能读取的文件类型（.txt、.md、.html、.pdf、.docx、.epub）。</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>导入</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>部分文件无法读取；请查看详细信息。</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>导入已停止：{error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>上次打开时间</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>添加于 {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>无法打开文库（{error}）。</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>文库不可用。</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>无法更改文库（{kind}：{error}）。</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>文库已关闭。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>Margin 下次启动时将使用以下界面语言：{language}。</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>文库不可用，因此无法导入任何内容。</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>文章 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>将文件夹导入文库</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>界面语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>为上方所选的高亮撰写笔记</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>（已失去关联：在正文中找不到）</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>无笔记</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>选中它，然后在下方撰写笔记</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>请打开文章，然后选中其中的文字并按 Ctrl+H 进行高亮。</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>尚无高亮：请在正文中选中文字并按 Ctrl+H，或右键单击所选文字。</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>请先打开文章，然后 Margin 才能回顾您已读过的内容。</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>您正位于开头：还没有可回顾的内容。</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}，位于“{section}”</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>系统字体</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>衬线体</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>无衬线体</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>Margin 默认（约 70 个字符）</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>两端对齐（右边缘整齐）</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>为摘要句和引语加下划线，而不只用颜色区分</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>字体(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>字号(&amp;S)</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>行宽(&amp;W)</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>行距(&amp;P)</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>用黄色高亮</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>用绿色高亮</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>用蓝色高亮</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>用粉色高亮</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>用紫色高亮</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight}（Ctrl+H：上次使用的颜色）</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>高亮并撰写笔记（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>仅显示含有您的高亮和笔记的文章</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>从文库中移除…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown}/{total} 篇</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>没有与“{query}”匹配的文章。</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>没有符合这些筛选条件的文章。</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>文库为空。您打开的文章会保存在这里。</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>“{title}”的标签，以逗号分隔：</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>要从文库中移除“{title}”吗？

您自己的文件不受影响；Margin 保存的副本、标签和阅读位置将被删除。</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>从文库中移除</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>保留我的 %n 处高亮和笔记（再次打开该文件时会恢复）</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>自动</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>句</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>全文百分比</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>整篇文档</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>按章节</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>整篇文档的摘要，或每个章节各自的摘要</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>显示完整摘要</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Recap</source>
        <comment>button</comment>
        <translation>回顾</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which summary</comment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a length in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Detected ({language})</source>
        <translation>自动检测（{language}）</translation>
    </message>
    <message>
        <source>This document has no sections</source>
        <translation>此文档没有章节</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>回顾至 {where}：仅包含您当前位置之前的内容。</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>第 {k} 个摘要句（共 {n} 个）：{text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>单击以折叠或展开此章节的摘要</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>章节“{title}”，已折叠</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>章节“{title}”，已展开</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>正在获取 {site}… {got} KB / {total} KB</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>正在获取 {site}… {got} KB</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>网页的网址（http 或 https）。Margin 会获取一次该网页并将其保存在文库中，供离线阅读。</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>“{text}”不是网址（网址应以 http:// 或 https:// 开头）。</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>没有可粘贴的内容：{reason}。</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>正在保存粘贴的文本…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>只有从网上打开的页面才能重新获取。</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>来自 {site} 的页面已保存到文库。</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>文库不可用：此页面仅供显示，不会保存。</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>正在获取 {site}…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>文库不可用，因此无法保存粘贴的文本。</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>无法判断 {name} 的格式：请使用 .pdf、.md 或 .html。</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>未知的导出格式 {format}。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>摘要句</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>引语</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>（摘要句中的引语仍使用引语的颜色）</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>摘要句以 **粗体** 显示，引语以 _斜体_ 显示。</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>{name} 摘要</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>来自 Margin 的高亮</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>第 {number} 个字符</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>尚无高亮。</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>作者：{author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>Readwise 接受的高亮最多为 %n 个字符；以下高亮超出此长度：{ids}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>Readwise 接受的高亮最多为 %n 个字符；此高亮超出此长度：{ids}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>Readwise 接受的标题最多为 {limit} 个字符；有 %n 个标题超出此长度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>未知的高亮格式 {format}：应为 {formats} 之一。</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>天城文</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>此计算机没有可显示{script}文字的字体，因此无法在{medium}中显示；请安装一种字体（Debian/Ubuntu 上的软件包：{package}）。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>无法写入 {path}：无法创建 PDF。</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>无法启动打印机；请检查打印机是否已连接并已开机。</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>打印件</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>本摘要由 Margin 采用{method}按章节生成：从 {sections}中选出 {sentences}，每个章节的摘要均取自该章节自身的文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences</source>
        <translation>
            <numerusform>%n 个句子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n 个章节</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>Margin 自有排序算法</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>潜在语义分析（LSA）</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>Luhn 方法</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>Edmundson 方法</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>黄色高亮</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>绿色高亮</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>蓝色高亮</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>粉色高亮</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>紫色高亮</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>在文章正文中已找不到</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>默认方法（{name}）</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>此摘要回顾正文前 {share} 的内容；该位置之后的内容均未使用。</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>文章中没有可供选择的句子</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>文章的全部句子</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>文章仅有的一个句子</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>从文章的 %n 个句子中选出 {chosen} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>本摘要由 Margin 采用{method}生成：{count}。</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>无标题文章</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>作者：{author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>按章节摘要</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>文章中没有可供摘要的句子。</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>您的高亮</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>before the reader&apos;s note on a highlight</comment>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>{name} is too large to open in the memory available</source>
        <translation>{name} 太大，可用内存不足以将其打开</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>无法读取 {name}（{reason}）</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>由于 Margin 中的缺陷，无法打开 {name}（{detail}）</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name} 不是受支持的文件类型（{kind}）；Margin 可读取 {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name} 不是 Margin 能读取的文档类型（{suffix}）</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} 不存在（它是指向已不存在的文件的链接）</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} 是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} 不是普通文件</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 为空</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name} 太大（{size} MB；Margin 最多可打开 {limit} MB 的文件）</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name} 太大（{size} MB；Margin 最多可打开 {limit} MB 的文档）</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>无法读取 {name}：权限不足</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name} 嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} 不是有效的 {encoding} 文本</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} 似乎是二进制文件，而不是文本</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name} 太长，无法分析（{count} 百万个字符；Margin 最多可读取 {limit} 百万个字符的文本）</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name} 解压后太大（{packed} 的文件解压后将达到 {unpacked}；Margin 最多解压 {limit}，并拒绝压缩比超过 {ratio} 比 1 的部分）</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} 中没有可读取的文本</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name} 中没有任何文字</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name} 中没有字母，因此无法识别其语言</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name} 中的文字太少，无法识别其语言</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name} 不是可读取的 PDF（已损坏或不是 PDF）</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} 受密码保护</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name} 的加密方式是 Margin 无法打开的</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name} 没有文本层（可能是扫描图像）</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name} 不是可读取的 Word 文档</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} 是 Strict Open XML 文档，这是 Margin 无法读取的一种 Word 文档格式；请在 Word 中打开它，并另存为“Word 文档 (.docx)”</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} 不是 Word 文档（其中没有文档正文）</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name} 受密码保护（Margin 无法打开加密的 Word 文档）</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} 是以 .docx 命名的旧版 Word 文档（Word 97-2003），或是加密的文档；请将其另存为“Word 文档 (.docx)”</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} 不是 Word 文档（.docx 文件是 zip 压缩包）</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} 不是 EPUB 图书（EPUB 文件是 zip 压缩包）</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} 是已损坏的 EPUB 图书</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} 是已损坏的 EPUB 图书（没有包文档）</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} 是已损坏的 EPUB 图书（包文档无法读取）</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name} 中有一章太大，无法打开</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name} 不是可读取的网页</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>剪贴板中没有文本</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>已拒绝 {address}：只能获取 http 和 https 网址，不能获取 {scheme}: 网址</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} 不是完整的网址（需要包含主机，如 https://example.org/page）</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} 不是有效的网站名称</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} 不是网址</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}：Margin 不会发送用户名或密码；请从网址中删去“@”之前的部分</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>重定向次数过多（超过 {count} 次），最后一次重定向到 {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>{site} 返回了 {status}（重定向），但未指明目标地址</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>已拒绝重定向到 {scheme}: 网址（由 {site} 发出；只跟随 http 和 https 网址）</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>{site} 重定向到了无效的网址</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>{site} 循环重定向（该页面将 Margin 重定向回已尝试过的网址）</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>{site} 发送的是{kind}（{content_type}），而不是文章</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>{site} 在页面传输完成前关闭了连接</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>{site} 发送了空白页面</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>{site} 上的页面大于 {size} MB（Margin 最多可读取 {limit} MB 的页面）</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>{site} 发送的页面采用了 Margin 无法读取的压缩方式（{packing}）</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>{site} 发送的压缩页面已损坏</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>{site} 发送的内容不是文章（没有内容类型，也不是网页、PDF 或 EPUB）</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>{site} 返回了 {status}（{phrase}）</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>无法访问 {site}：找不到该域名（请检查网址）</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>无法访问 {site}：无法解析该域名（网络是否已连接？）</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>无法访问 {site}：无法解析该域名</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>无法安全访问 {site}：无法验证其证书（{reason}）</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>无法安全访问 {site}（{reason}）</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>无法访问 {site}：连接超时</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>{site} 发送页面的时间过长（超过 {seconds} 秒）</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>{site} 没有响应：连接超时</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>{site} 在页面传输完成前停止了发送：连接超时</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>无法访问 {site}：连接被拒绝</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>{site} 未作响应便关闭了连接</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>{site} 发送的响应不是有效的 HTTP</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>无法访问 {site}：没有网络连接</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>无法访问 {site}：没有通往它的路由（网络是否已连接？）</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>无法访问 {site}（{reason}）</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>文库中没有编号为 {number} 的文章。</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>文库中没有编号为 {number} 的高亮。</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>编号为 {number} 的高亮已不在文库中。</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>来自 {site} 的页面现在被读取为文库中的另一篇文章：“{title}”（{number}）。</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>无法将 {name} 添加到文库（{reason}）</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>无法在文库中更新 {name}（{reason}）</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>无法将 {name} 复制到文库中（{reason}）</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>文库正忙或无法写入（{reason}）。</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>位于 {path} 的文库由更新版本的 Margin 写入（格式 {found}；此版本最高可读取格式 {latest}）。该文库未作任何改动：请更新 Margin 以使用它。</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>无法打开位于 {path} 的文库（{reason}）。</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>无法使用文库文件夹 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>3D 模型</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>数据或代码</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>办公文档</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>程序或二进制文件</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>Margin 无法读取的文件类型</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>请求错误</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>需要付费</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>无法接受</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>因法律原因不可用</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>网关超时</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>不是网页</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有该文件或目录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
</context>
</TS>
