import './app.css';

import { mount } from 'svelte';

import App from './App.svelte';
import { guardContextMenu } from './contextMenu';

// A release build is a desktop app: the web view's own menu (Back, Reload, Inspect) stays out of it.
// The development build keeps it, for Inspect.
if (!import.meta.env.DEV) guardContextMenu(document);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
