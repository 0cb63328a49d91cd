import { useEffect, useRef } from 'react';

const SCRIPT_MARK = 'data-din-embed';

/** Adds the widget's module script to the page once; loading it twice would be harmless anyway. */
export function loadWidgetScript(src: string) {
  if (document.querySelector(`script[${SCRIPT_MARK}]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  script.setAttribute(SCRIPT_MARK, '');
  document.head.append(script);
}

/**
 * The real `<din-feed>`, made with the DOM (React has no say over its shadow root), its
 * attributes kept in step with the builder's choices.
 */
export function WidgetPreview({ scriptSrc, attributes }: { scriptSrc: string; attributes: readonly [string, string][] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => loadWidgetScript(scriptSrc), [scriptSrc]);

  const key = JSON.stringify(attributes);
  useEffect(() => {
    const host = container.current;
    if (!host) return;
    let element = host.querySelector('din-feed');
    if (!element) {
      element = document.createElement('din-feed');
      host.append(element);
    }
    const wanted = new Map(JSON.parse(key) as [string, string][]);
    for (const name of element.getAttributeNames()) {
      if (!wanted.has(name)) element.removeAttribute(name);
    }
    for (const [name, value] of wanted) {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
  }, [key]);

  return <div ref={container} className="widget-preview" />;
}
