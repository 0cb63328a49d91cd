import { DinFeed } from './din-feed';

export { DinFeed };

// A page may load the widget twice (the versioned file and "latest", or two copies of a CMS
// block): the first definition wins and the second load is a no-op instead of an exception.
if (!customElements.get('din-feed')) customElements.define('din-feed', DinFeed);

declare global {
  interface HTMLElementTagNameMap {
    'din-feed': DinFeed;
  }
}
