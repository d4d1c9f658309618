/**
 * The colour scheme: the system's (prefers-color-scheme) unless the reader
 * chose one with the header's button, kept in localStorage. Inline scripts,
 * so content pages load no script file: the first runs in <head> before the
 * first paint (no flash of the wrong scheme), the second wires the button.
 * `html.js` lets the stylesheet show the button only where it works.
 */
export const THEME_KEY = 'guifan-theme';

export const THEME_HEAD_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_KEY}');if(t==='dark'||t==='light')d.setAttribute('data-theme',t)}catch(e){}})()`;

export const THEME_TOGGLE_SCRIPT = `(function(){var b=document.getElementById('theme-toggle');if(!b)return;var d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)');function cur(){return d.getAttribute('data-theme')||(m.matches?'dark':'light')}function sync(){b.setAttribute('aria-pressed',String(cur()==='dark'))}sync();m.addEventListener('change',sync);b.addEventListener('click',function(){var n=cur()==='dark'?'light':'dark';d.setAttribute('data-theme',n);try{localStorage.setItem('${THEME_KEY}',n)}catch(e){}sync()})})()`;
