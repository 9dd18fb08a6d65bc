namespace MigrationBot.Hosting;

/// <summary>The one style sheet of the guide pages, inlined in each page: light and dark, readable line length, no script.</summary>
internal static class GuidePageStyles
{
    public const string Css = """

        :root { color-scheme: light dark; --text: #1b1b1b; --muted: #505050; --back: #ffffff; --panel: #f4f5f7; --line: #d6d8dc;
          --link: #0f5bb5; --code: #f2f3f5; --note: #0f6cbd; --tip: #107c10; --important: #7a3db8; --warning: #a15c00; --caution: #c50f1f; }
        @media (prefers-color-scheme: dark) {
          :root { --text: #e8e8e8; --muted: #b0b0b0; --back: #1a1b1e; --panel: #232428; --line: #3b3d42;
            --link: #79b8ff; --code: #2a2c31; --note: #62abf5; --tip: #54b054; --important: #b48ee0; --warning: #e0a44c; --caution: #f07c86; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--back); color: var(--text); font: 1rem/1.6 "Segoe UI", system-ui, -apple-system, sans-serif; }
        a { color: var(--link); }
        a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--back); padding: .5rem; z-index: 1; }
        header.site { padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--panel); font-weight: 600; }
        header.site a { color: inherit; text-decoration: none; }
        .layout { display: grid; grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr); gap: 2rem; max-width: 78rem; margin: 0 auto; padding: 1.5rem; }
        @media (max-width: 56rem) { .layout { grid-template-columns: minmax(0, 1fr); } .contents { order: 2; } }
        nav.contents { font-size: .9rem; }
        nav.contents ul { list-style: none; margin: 0; padding-left: .9rem; }
        nav.contents > ul { padding-left: 0; }
        nav.contents li { margin: .2rem 0; }
        nav.contents span { font-weight: 600; color: var(--muted); }
        nav.contents a { text-decoration: none; }
        nav.contents a[aria-current="page"] { font-weight: 600; color: var(--text); border-left: 3px solid var(--link); padding-left: .4rem; }
        main { max-width: 48rem; min-width: 0; }
        .breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; margin: 0 0 1rem; padding: 0; font-size: .9rem; color: var(--muted); }
        .breadcrumb li + li::before { content: "/"; margin-right: .4rem; }
        .meta { color: var(--muted); font-size: .9rem; margin-top: -.5rem; }
        h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
        h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        h2, h3, h4 { scroll-margin-top: 1rem; }
        code { font-family: Consolas, "Cascadia Mono", ui-monospace, monospace; font-size: .9em; background: var(--code); padding: .1em .3em; border-radius: 3px; }
        pre { background: var(--code); padding: .75rem 1rem; overflow-x: auto; border-radius: 4px; }
        pre code { padding: 0; background: none; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; display: block; overflow-x: auto; }
        th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: var(--panel); }
        blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
        .alert { margin: 1rem 0; padding: .5rem 1rem; border-left: 4px solid var(--note); background: var(--panel); border-radius: 0 4px 4px 0; }
        .alert p { margin: .4rem 0; }
        .alert-title { font-weight: 600; color: var(--note); }
        .alert.tip { border-color: var(--tip); } .alert.tip .alert-title { color: var(--tip); }
        .alert.important { border-color: var(--important); } .alert.important .alert-title { color: var(--important); }
        .alert.warning { border-color: var(--warning); } .alert.warning .alert-title { color: var(--warning); }
        .alert.caution { border-color: var(--caution); } .alert.caution .alert-title { color: var(--caution); }
        .next-step-action a, nav.next-step a { display: inline-block; padding: .45rem 1rem; border: 1px solid var(--link); border-radius: 4px; text-decoration: none; font-weight: 600; }
        .next-step-action a::after, nav.next-step a::after { content: " \2192"; }
        nav.next-step { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--line); }
        nav.next-step p { margin: 0 0 .5rem; color: var(--muted); font-size: .9rem; }
        section.tab { border: 1px solid var(--line); border-radius: 4px; padding: 0 1rem; margin: 1rem 0; }
        .tab-title { font-size: 1rem; margin: .75rem 0 .25rem; }

        """;
}
